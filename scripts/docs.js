// Every generated part of the docs, from what it describes: the API tables from the Custom
// Elements Manifest (which the analyzer writes from the element's JSDoc), the pinned script tag
// and the recommended snippet from the built module's integrity and the built server renderer, the
// performance figures from the benchmark's results (bench/results.json, which `npm run bench` hands
// over), and the glossary's table from docs/glossary.json. Each part sits between
// `<!-- generated:NAME (npm run docs) -->` and `<!-- /generated:NAME -->` in the files DOCS names.
// `npm run docs` rewrites them after `npm run build`; test/node/docs.test.js fails when a committed
// page differs from what this script makes of the current build.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('../', import.meta.url);
// The built server renderer, so that the docs write the very snippet the release kit's configurator writes.
const { prerender, recommendedSnippet } = await import(new URL('dist/ssr.js', ROOT).href);
const MANIFEST = 'dist/custom-elements.json';
const INTEGRITY = 'dist/integrity.json';
const BENCH_RESULTS = 'bench/results.json';
const GLOSSARY = 'docs/glossary.json';

/** Which generated parts each page holds, each once. */
export const DOCS = {
  'docs/api.md': ['api-attributes', 'api-events', 'api-slots', 'api-css-properties', 'api-css-parts'],
  'docs/theming.md': ['api-css-properties', 'api-css-parts'],
  'README.md': ['recommended-snippet'],
  'docs/embedding.md': ['recommended-snippet', 'pinned-snippet'],
  'docs/performance.md': ['bench-figures'],
  'docs/glossary.md': ['glossary'],
};

const code = (text) => `\`${text.replaceAll('|', '\\|')}\``;
/** A table cell: Markdown table syntax allows neither line breaks nor bare pipes in one. */
const cell = (text) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
const number = (value) => value.toLocaleString('en');

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

/**
 * The one snippet README, docs and the release kit's configurator recommend: the module from a folder
 * named after its version, with its integrity hash, and the built-in card pre-rendered in German
 * (`recommendedSnippet`, which the configurator uses for the editor's own card and language).
 */
const recommendedSnippetBlock = ({ version, integrity }) =>
  ['```html', recommendedSnippet(`/defus-info/${version}/defus-info.js`, integrity, prerender({ lang: 'de' }).html), '```'].join(
    '\n',
  );

const visibleCell = (row) => `${row.visibleMs} ms (${row.visibleLowMs}–${row.visibleHighMs})`;

/** The figures of the last full benchmark run, as docs/performance.md shows them. */
function benchFigures({
  date,
  browser,
  weight,
  render,
  heap,
  embeds,
  cmsEmbeds,
  cardWords,
  cls,
  reserve,
  heights,
  lighthouse,
  targets,
}) {
  const widget = embeds.find((row) => row.embed === 'widget');
  const cardPage = embeds.find((row) => row.embed === 'iframe (card page)');
  const sitePage = embeds.find((row) => row.embed === 'iframe (site page)');
  return [
    `Measured on ${date} in ${browser.replace('/', ' ')} (headless, Debian) on a 2-core virtual machine.`,
    '',
    `**Weight:** ${number(weight.min)} B minified, ${number(weight.gzip)} B gzip, **${number(weight.brotli)} B brotli**.`,
    '',
    '| Cards | `<defus-info>` | Floor | Widget ÷ floor (95 % interval) | `<iframe>` of a static page |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...render.map(
      (row) =>
        `| ${row.cards} | ${row.widgetMs} ms | ${row.floorMs} ms | **${row.ratio.toFixed(2)}×** (${row.ratioLow.toFixed(2)}–${row.ratioHigh.toFixed(2)}) | ${row.iframeMs} ms |`,
    ),
    '',
    '![Time until N cards are rendered and laid out: widget, floor and iframe, log scale](../bench/results.svg)',
    '',
    `**Memory:** ${number(heap.widgetBytesPerCard)} B of JavaScript heap per card with 1,000 cards (the floor: ${heap.floorBytesPerCard} B; its DOM lives outside the JS heap, as the widget's does).`,
    '',
    '| Embed, on Slow 4G | Bytes | Requests | Card visible after (95 % interval) | … on a host page with CSS and a script in its head |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...embeds.map((row) => {
      const cms = cmsEmbeds.find((each) => each.embed === row.embed);
      return `| ${row.embed} | ${number(row.bytes)} | ${row.requests} | ${visibleCell(row)} | ${visibleCell(cms)} |`;
    }),
    '',
    `**Layout shift** (CLS) of a page whose module arrives 300 ms late: plain snippet ${cls.plainSnippet}, recommended snippet (the pre-rendered card) **${cls.recommendedSnippet}**, ${reserve} px reserved (as for a \`src\` config) ${cls.reservedSnippet}, render-blocking script in \`<head>\` ${cls.renderBlockingSnippet}.`,
    '',
    '| Card height (px) | 300 px column | 600 px column | 900 px column |',
    '| --- | ---: | ---: | ---: |',
    ...['card', 'compact'].map((variant) => {
      const cells = [300, 600, 900].map((width) => {
        const row = heights.find((each) => each.variant === variant && each.width === width);
        return ['de', 'en', 'fr'].map((lang) => Math.ceil(row[lang])).join(' / ');
      });
      return `| \`${variant}\` (de / en / fr) | ${cells.join(' | ')} |`;
    }),
    '',
    `**Lighthouse** on the built demo: performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, best practices ${lighthouse['best-practices']}, SEO ${lighthouse.seo}.`,
    '',
    `The widget's embed is ${(sitePage.bytes / widget.bytes).toFixed(1)}× lighter than the site-page iframe and ${(widget.bytes / cardPage.bytes).toFixed(1)}× heavier than the bare card page. A tenth of the bare card page is ${number(Math.round(cardPage.bytes / 10))} B; the German card's words alone, brotli-compressed, are ${number(cardWords)} B.`,
    '',
    '| Target | This run | Verdict |',
    '| --- | --- | --- |',
    ...targets.map((row) => `| ${row.target} | ${row.measured} | ${row.verdict === 'met' ? 'met' : `**${row.verdict}**`} |`),
    '',
    'A render target is met when the whole 95 % interval of the median ratio is at or under it. "Visible sooner" compares the embeds run by run (each run loads every embed once): it is met when the whole 95 % interval of the median difference is below zero. A target is missed when its whole interval is on the wrong side, and undecided when the interval straddles the line.',
  ].join('\n');
}

/** The glossary as a table: each entry's German and English name, and the names it retired. */
function glossaryTable(glossary) {
  const retired = (entry, lang) => (entry.retired?.[lang] ?? []).map((name) => `~~${name}~~`).join(', ');
  return table(
    ['Key', 'Deutsch', 'English', 'Retired (de)', 'Retired (en)'],
    Object.entries(glossary)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, entry]) => [code(key), cell(entry.de), cell(entry.en), retired(entry, 'de'), retired(entry, 'en')]),
  );
}

/** Each generated part, by the name its markers carry. */
export function generatedParts({ manifest, version, integrity, bench, glossary }) {
  const card = element(manifest);
  return {
    'api-attributes': attributesTable(card),
    'api-events': eventsTable(card),
    'api-slots': slotsText(card),
    'api-css-properties': cssPropertiesTable(card),
    'api-css-parts': cssPartsTable(card),
    'pinned-snippet': pinnedSnippet({ version, integrity }),
    'recommended-snippet': recommendedSnippetBlock({ version, integrity }),
    'bench-figures': benchFigures(bench),
    glossary: glossaryTable(glossary),
  };
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const startMarker = (name) => `<!-- generated:${name} (npm run docs) -->`;
export const endMarker = (name) => `<!-- /generated:${name} -->`;

/** `text` with each of the named parts replaced; throws if a marker pair is missing. */
export function renderPage(text, parts, names, file = 'the page') {
  let result = text;
  for (const name of names) {
    const pattern = new RegExp(`${escapeRegExp(startMarker(name))}\\n[\\s\\S]*?${escapeRegExp(endMarker(name))}`);
    if (!pattern.test(result)) throw new Error(`${file}: no "${startMarker(name)}" … "${endMarker(name)}" block`);
    result = result.replace(pattern, () => `${startMarker(name)}\n${parts[name]}\n${endMarker(name)}`);
  }
  return result;
}

const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');

/** What the generated parts are made from: the current build and the committed benchmark results. */
export function currentSources() {
  return {
    manifest: JSON.parse(read(MANIFEST)),
    version: JSON.parse(read('package.json')).version,
    integrity: JSON.parse(read(INTEGRITY))['defus-info.js'],
    bench: JSON.parse(read(BENCH_RESULTS)),
    glossary: JSON.parse(read(GLOSSARY)),
  };
}

/** Each page of DOCS as it is and as it should be. */
export function renderDocs(sources = currentSources()) {
  const parts = generatedParts(sources);
  return Object.entries(DOCS).map(([file, names]) => {
    const current = read(file);
    return { file, current, expected: renderPage(current, parts, names, file) };
  });
}

/** Rewrites every page whose generated parts are out of date; returns one line per page. */
export function writeDocs(sources = currentSources()) {
  return renderDocs(sources).map(({ file, current, expected }) => {
    if (current === expected) return `${file}: generated parts up to date`;
    writeFileSync(new URL(file, ROOT), expected);
    return `${file}: generated parts rewritten`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of writeDocs()) console.log(line);
}
