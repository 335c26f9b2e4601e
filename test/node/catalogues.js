// The words the CMS integrations and the kit carry, read for the tests that check them (French
// typography, the glossary): gettext catalogues (WordPress), XLIFF files (TYPO3), the strings a
// WordPress plugin translates, and the word tables of a TypeScript module.
import ts from 'typescript';

/** A gettext string: its pieces joined, its escapes decoded. */
const poString = (body) => [...body.matchAll(/"((?:\\.|[^"\\])*)"/g)].map(([, part]) => JSON.parse(`"${part}"`)).join('');

/**
 * A gettext catalogue (`.po`): its language (from the header) and each entry's `msgid` and
 * `msgstr` (the first form of a plural). The header entry (empty `msgid`) is left out.
 */
export function poCatalogue(text) {
  const language = /^"Language: ([^\\"]*)\\n"$/m.exec(text)?.[1] ?? '';
  const entries = [];
  for (const block of text.split(/\n\s*\n/)) {
    const msgid = /^msgid ((?:"(?:\\.|[^"\\])*"\s*)+)/m.exec(block);
    const msgstr = /^msgstr(?:\[0\])? ((?:"(?:\\.|[^"\\])*"\s*)+)/m.exec(block);
    if (!msgid || !msgstr) continue;
    const entry = { msgid: poString(msgid[1]), msgstr: poString(msgstr[1]) };
    if (entry.msgid) entries.push(entry);
  }
  return { language, entries };
}

/** XML text content: CDATA unwrapped, entities decoded. */
const xmlText = (value) =>
  value
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** An XLIFF 1.2 file: its source and target language and each unit's id, source and target. */
export function xliffFile(text) {
  const attribute = (name) => new RegExp(`<file\\b[^>]*\\b${name}="([^"]*)"`).exec(text)?.[1] ?? '';
  const element = (unit, name) => {
    const found = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(unit);
    return found ? xmlText(found[1]) : undefined;
  };
  const units = [...text.matchAll(/<trans-unit\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, unit]) => ({
    id,
    source: element(unit, 'source'),
    target: element(unit, 'target'),
  }));
  return { sourceLanguage: attribute('source-language'), targetLanguage: attribute('target-language'), units };
}

/** The strings a WordPress plugin's PHP or JavaScript hands to WordPress's translation functions. */
export function wordpressSourceStrings(text) {
  const call =
    /\b(?:__|_e|_x|_ex|_n|_nx|esc_html__|esc_html_e|esc_html_x|esc_attr__|esc_attr_e|esc_attr_x)\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)")/g;
  return [...text.matchAll(call)].map(([, single, double]) => (single ?? double).replace(/\\(.)/g, '$1'));
}

const propertyName = (name) =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : undefined;

/** The text of a string or template literal; a template's parts joined by "{…}" where its substitutions are. */
function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('{…}');
  return undefined;
}

/**
 * The word tables of a TypeScript or JavaScript module: every object literal assigned to a
 * variable or property of one of the given names (`const de = { … }`, `{ en: { … } }`), as a map
 * from each key to its text. Keys whose value is not text (a function, a nested table) are left out.
 */
export function scriptTables(file, text, names) {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
  const tables = {};
  const visit = (node) => {
    if ((ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)) && node.initializer) {
      let value = node.initializer;
      while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))
        value = value.expression;
      const name = propertyName(node.name);
      if (name !== undefined && names.includes(name) && ts.isObjectLiteralExpression(value)) {
        const table = (tables[name] ??= {});
        for (const property of value.properties) {
          const text = ts.isPropertyAssignment(property) ? literalText(property.initializer) : undefined;
          const key = ts.isPropertyAssignment(property) ? propertyName(property.name) : undefined;
          if (key !== undefined && text !== undefined) table[key] = text;
        }
        return;
      }
    }
    node.forEachChild(visit);
  };
  visit(source);
  return tables;
}

/** The text of `__('…')` (WordPress's translation call), or undefined for anything else. */
function translatedText(node) {
  if (!node || !ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== '__') return undefined;
  const [text] = node.arguments;
  return text && (ts.isStringLiteral(text) || ts.isNoSubstitutionTemplateLiteral(text)) ? text.text : undefined;
}

/**
 * The block attribute a sidebar control sets: from `onChange: setter('name')`, from
 * `attributes.name` in its `value`, or from an `onChange: setName` handler of its own.
 */
function controlAttribute(properties) {
  const { onChange, value } = properties;
  if (onChange && ts.isCallExpression(onChange) && onChange.arguments[0] && ts.isStringLiteral(onChange.arguments[0]))
    return onChange.arguments[0].text;
  let found;
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'attributes')
      found ??= node.name.text;
    node.forEachChild(visit);
  };
  if (value) visit(value);
  if (found) return found;
  const handler = onChange && ts.isIdentifier(onChange) ? /^set([A-Z]\w*)$/.exec(onChange.text) : null;
  return handler ? handler[1][0].toLowerCase() + handler[1].slice(1) : undefined;
}

/**
 * A block editor script's labels, as WordPress's components show them: each sidebar control's
 * `label` by the attribute it sets, each option's `label` by its literal `value`, and each panel's
 * `title`. Only labels written as `__('…')` count; an option named at run time (a language's name,
 * "Heading %d") is left out.
 */
export function blockEditorLabels(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const labels = { controls: {}, options: {}, panels: [] };
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const properties = Object.fromEntries(
        node.properties.filter(ts.isPropertyAssignment).map((property) => [propertyName(property.name), property.initializer]),
      );
      const label = translatedText(properties.label);
      const title = translatedText(properties.title);
      if (title !== undefined) labels.panels.push(title);
      if (label !== undefined && properties.value && ts.isStringLiteral(properties.value))
        labels.options[properties.value.text] = label;
      else if (label !== undefined) labels.controls[controlAttribute(properties) ?? `(no attribute: ${label})`] = label;
    }
    node.forEachChild(visit);
  };
  visit(source);
  return labels;
}

/**
 * The labels a TYPO3 extension's `tt_content` TCA override gives its content element, as XLIFF
 * ids (`$ll . 'id'`): each column's label by column name, each select item's label by its literal
 * value, the record type's label, the labels of the tabs it opens, and the label it gives an
 * existing column in its `showitem` (`bodytext;…`). Read from the PHP source as written there.
 */
export function typo3ElementLabels(text) {
  const id = String.raw`\$ll \. '([\w.]+)'`;
  const all = (pattern) => [...text.matchAll(new RegExp(pattern, 'g'))];
  return {
    columns: Object.fromEntries(all(String.raw`'(\w+)' => \[\s*'label' => ${id}`).map(([, column, label]) => [column, label])),
    items: Object.fromEntries(
      all(String.raw`\['label' => ${id}, 'value' => '([^']*)'\]`).map(([, label, value]) => [value, label]),
    ),
    recordType: new RegExp(String.raw`addRecordType\(\s*\[\s*'label' => ${id}`).exec(text)?.[1],
    // Inside the showitem string, an id runs on into the string (`'tab.ownCard,`), so it ends at what is not part of it.
    tabs: all(String.raw`--div--;' \. \$ll \. '([\w.]+)`).map(([, label]) => label),
    showitemLabels: Object.fromEntries(all(String.raw`(\w+);' \. \$ll \. '([\w.]+)`).map(([, column, label]) => [column, label])),
  };
}
