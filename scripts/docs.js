// The README's generated parts: the API tables, from the Custom Elements Manifest (which the
// analyzer writes from the element's JSDoc), and the pinned script tag, from the built module's
// integrity. `npm run docs` rewrites them after `npm run build`; test/node/docs.test.js fails when
// the committed README differs from what this script makes of the current build.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const README = 'README.md';
const MANIFEST = 'dist/custom-elements.json';
const INTEGRITY = 'dist/integrity.json';

const code = (text) => `\`${text.replaceAll('|', '\\|')}\``;
/** A table cell: Markdown table syntax allows neither line breaks nor bare pipes in one. */
const cell = (text) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );

function element(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations);
  const found = declarations.filter((declaration) => declaration.customElement);
  if (found.length !== 1) throw new Error(`${MANIFEST}: expected one custom element, found ${found.length}`);
  return found[0];
}

function attributesTable(element) {
  const fields = element.members.filter((member) => member.kind === 'field' && !member.static);
  const attributeOf = (field) =>
    element.attributes.find((attribute) => (attribute.fieldName ?? attribute.name) === field.name)?.name;
  const rows = fields.map((field) => {
    const attribute = attributeOf(field);
    const attributeDoc = element.attributes.find((entry) => entry.name === attribute && !entry.fieldName);
    const description = [attributeDoc?.description, field.description].filter(Boolean).join(' ');
    return [
      attribute ? code(attribute) : '—',
      code(field.name),
      field.type ? code(field.type.text) : '—',
      field.default === undefined ? '—' : code(field.default),
      cell(description),
    ];
  });
  const unmatched = element.attributes.filter((attribute) => !fields.some((field) => attributeOf(field) === attribute.name));
  for (const attribute of unmatched) rows.push([code(attribute.name), '—', '—', '—', cell(attribute.description ?? '')]);
  return table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows);
}

const eventsTable = (element) =>
  table(
    ['Event', 'Type', 'Description'],
    (element.events ?? []).map((event) => [code(event.name), code(event.type.text), cell(event.description ?? '')]),
  );

const cssPropertiesTable = (element) =>
  table(
    ['Custom property', 'Default', 'Description'],
    (element.cssProperties ?? []).map((property) => [
      code(property.name),
      code(property.default),
      cell(property.description ?? ''),
    ]),
  );

const cssPartsTable = (element) =>
  table(
    ['Part (`::part(…)`)', 'Description'],
    (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description ?? '')]),
  );

const slotsText = (element) =>
  element.slots?.length
    ? table(
        ['Slot', 'Description'],
        element.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description ?? '')]),
      )
    : 'None: the element renders no slot. Its children are the fallback shown before the module runs, and an inline JSON config.';

function pinnedSnippet({ version, integrity }) {
  // The same place the release kit's configurator suggests: a folder per version.
  const tag = (src) => `<script type="module" src="${src}"\n        integrity="${integrity}" crossorigin="anonymous"></script>`;
  return [
    '```html',
    '<!-- Self-hosted, in a folder named after the version (recommended: no third party sees your visitors) -->',
    tag(`/defus-info/${version}/defus-info.js`),
    '',
    '<!-- From a public CDN, once the version is on the npm registry -->',
    tag(`https://cdn.jsdelivr.net/npm/defus-info@${version}/dist/defus-info.js`),
    '```',
  ].join('\n');
}

/** Each generated part of the README, by the name its markers carry. */
export function generatedParts({ manifest, version, integrity }) {
  const card = element(manifest);
  return {
    'api-attributes': attributesTable(card),
    'api-events': eventsTable(card),
    'api-slots': slotsText(card),
    'api-css-properties': cssPropertiesTable(card),
    'api-css-parts': cssPartsTable(card),
    'pinned-snippet': pinnedSnippet({ version, integrity }),
  };
}

/** The README with every generated part replaced; throws if a marker pair is missing. */
export function renderReadme(readme, parts) {
  let result = readme;
  for (const [name, content] of Object.entries(parts)) {
    const start = `<!-- generated:${name} (npm run docs) -->`;
    const end = `<!-- /generated:${name} -->`;
    const pattern = new RegExp(`${escapeRegExp(start)}\\n[\\s\\S]*?${escapeRegExp(end)}`);
    if (!pattern.test(result)) throw new Error(`${README}: no "${start}" … "${end}" block`);
    result = result.replace(pattern, () => `${start}\n${content}\n${end}`);
  }
  return result;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the generated parts are made from: the current build. */
export function currentSources() {
  return {
    manifest: JSON.parse(readFileSync(MANIFEST, 'utf8')),
    version: JSON.parse(readFileSync('package.json', 'utf8')).version,
    integrity: JSON.parse(readFileSync(INTEGRITY, 'utf8'))['defus-info.js'],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const before = readFileSync(README, 'utf8');
  const after = renderReadme(before, generatedParts(currentSources()));
  writeFileSync(README, after);
  console.log(before === after ? `${README}: generated parts up to date` : `${README}: generated parts rewritten`);
}
