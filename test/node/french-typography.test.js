// French puts a no-break space (U+202F narrow or U+00A0) before ":", ";", "?" and "!". With a normal
// space the sign can wrap onto a line of its own; with none, the text reads as a careless
// translation. This test finds every French text the project ships or shows, wherever it lives (the
// built-in card, the card's word table, configs in fixtures, demos and docs, the kit, the CMS
// plugins' translations), so a French text added anywhere later is checked too.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { poCatalogue, xliffFile } from './catalogues.js';

const ROOT = new URL('../../', import.meta.url);

/** A language tag for French, as a key in a config or a table (`fr`, `fr-BE`, `'fr-CA'`). */
const FRENCH_TAG = /^fr(?:[-_][a-z0-9]+)*$/i;

/** Whitespace that may break a line: everything `\s` matches but the two no-break spaces. */
const BREAKABLE_SPACE = /[^\S\u00A0\u202F]([:;?!])/u;
/** The sign glued to the word before it, where a space (a no-break one) belongs. A URL's "https:" is not followed by a space. */
const GLUED = /[^\s\u00A0\u202F?!]([:;?!])(?=\s|$)/u;

/** What is wrong with the spacing of one French text, or undefined. */
export function frenchSpacingProblem(text) {
  const breakable = BREAKABLE_SPACE.exec(text);
  if (breakable) return `a normal space before "${breakable[1]}" (use U+202F or U+00A0)`;
  const glued = GLUED.exec(text);
  if (glued) return `no space before "${glued[1]}" (put U+202F or U+00A0 before it)`;
  return undefined;
}

/** The repository's files: tracked, and new ones not ignored (so a file not yet committed is checked too). */
function repositoryFiles() {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: new URL('.', ROOT),
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && file !== 'package-lock.json');
}

const read = (file) => readFileSync(new URL(file, ROOT), 'utf8');

/** Every string in a parsed JSON value. */
function* stringsIn(value) {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsIn(item);
}

/** French texts of a JSON value: every string under a French language key, at any depth. */
function* frenchInJson(value) {
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (FRENCH_TAG.test(key)) yield* stringsIn(item);
    else yield* frenchInJson(item);
  }
}

const propertyName = (name) =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : undefined;

/** A JSON file's French texts; a file with comments (tsconfig) is read as text. */
function frenchInJsonFile(text) {
  try {
    return [...frenchInJson(JSON.parse(text))];
  } catch {
    return frenchInMarkup(text);
  }
}

/** The text parts of a string or template literal (a template's parts around its substitutions). */
function literalTexts(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  return [];
}

/** Every string and template literal under a node. */
function allLiteralTexts(node) {
  const texts = [...literalTexts(node)];
  // forEachChild stops at the first callback that returns a value, so the callback returns none.
  node.forEachChild((child) => {
    texts.push(...allLiteralTexts(child));
  });
  return texts;
}

/** A literal value (text, object, list), seen through `as` and `satisfies`; a call or a template tag is not one. */
function literalValue(node) {
  let inner = node;
  while (ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner) || ts.isParenthesizedExpression(inner))
    inner = inner.expression;
  const literal =
    ts.isStringLiteral(inner) ||
    ts.isNoSubstitutionTemplateLiteral(inner) ||
    ts.isTemplateExpression(inner) ||
    ts.isObjectLiteralExpression(inner) ||
    ts.isArrayLiteralExpression(inner);
  return literal ? inner : undefined;
}

/**
 * French texts of a script: the value of every property or variable named after French (`fr: '…'`,
 * `'fr-BE': {…}`, `const fr = {…}`), all of it. `wholeFile` takes every literal (a table of French words).
 */
function frenchInScript(file, text, wholeFile) {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  if (wholeFile) return allLiteralTexts(source);
  const found = [];
  const visit = (node) => {
    const value =
      (ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) && node.initializer
        ? literalValue(node.initializer)
        : undefined;
    const named = value ? propertyName(node.name) : undefined;
    if (named !== undefined && FRENCH_TAG.test(named)) found.push(...allLiteralTexts(value));
    else node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** French values in text that is not one parsed format (JSON or a script inside HTML and Markdown). */
function frenchInMarkup(text) {
  const found = [];
  const pair = /["']?\b(fr(?:[-_][a-z0-9]+)*)["']?\s*:\s*(?:"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)')/gi;
  for (const match of text.matchAll(pair)) {
    const raw = match[2] ?? match[3];
    // JSON's and JavaScript's escapes, so that "\u00a0" counts as the no-break space it stands for.
    found.push(raw.replace(/\\u([0-9a-f]{4})|\\(.)/gi, (_, hex, char) => (hex ? String.fromCharCode(parseInt(hex, 16)) : char)));
  }
  return found;
}

/** A gettext catalogue's translations, if the catalogue is French. */
function frenchInPo(text) {
  const { language, entries } = poCatalogue(text);
  return FRENCH_TAG.test(language) ? entries.map((entry) => entry.msgstr).filter(Boolean) : [];
}

/** An XLIFF file's French texts: its targets if it translates into French, its sources if it is written in French. */
function frenchInXliff(text) {
  const { sourceLanguage, targetLanguage, units } = xliffFile(text);
  return [
    ...(FRENCH_TAG.test(targetLanguage) ? units.map((unit) => unit.target) : []),
    ...(FRENCH_TAG.test(sourceLanguage) ? units.map((unit) => unit.source) : []),
  ].filter((text) => text !== undefined);
}

/** Every French text in the repository, with the file it is in. */
export function frenchTexts() {
  const texts = [];
  for (const file of repositoryFiles()) {
    let found = [];
    if (file.endsWith('.json')) found = frenchInJsonFile(read(file));
    else if (/\.(?:[cm]?[jt]sx?)$/.test(file))
      found = frenchInScript(file, read(file), /(?:^|\/)fr(?:[-_][a-z0-9]+)*\.[jt]s$/i.test(file));
    else if (/\.(?:html?|md|txt|php|vue)$/.test(file)) found = frenchInMarkup(read(file));
    else if (file.endsWith('.po')) found = frenchInPo(read(file));
    else if (file.endsWith('.xlf')) found = frenchInXliff(read(file));
    for (const text of found) texts.push({ file, text });
  }
  return texts;
}

describe('French typography', () => {
  test('the check tells a no-break space from a normal one, and knows a URL from a sign', () => {
    // The strings of the built-in card before this test existed, each with a normal space.
    for (const old of [
      'Efus : environ 250 villes membres de 16 pays',
      'Ce que DEFUS offre à ses membres :',
      'Site web de DEFUS : www.defus.de',
    ])
      assert.match(frenchSpacingProblem(old), /normal space before ":"/u, old);
    assert.match(frenchSpacingProblem('Vraiment ?'), /normal space before "\?"/u);
    assert.match(frenchSpacingProblem('Attention\t!'), /normal space/u);
    assert.match(frenchSpacingProblem('Efus: environ'), /no space before ":"/u);
    assert.match(frenchSpacingProblem('Fin;'), /no space before ";"/u);
    for (const good of [
      'Efus\u00A0: environ 250 villes',
      'Vraiment\u202F?',
      'Quoi\u202F?!',
      'Voir https://example.org/?q=1',
      'De 9:30 à 12:00',
      'Un forum fictif.',
    ])
      assert.equal(frenchSpacingProblem(good), undefined, good);
  });

  test('every French text of the project has a no-break space before : ; ? and !', () => {
    const texts = frenchTexts();
    // Found where French is known to be, so that the test cannot pass by finding nothing.
    const from = (file) => texts.filter((each) => each.file === file).map((each) => each.text);
    assert.ok(from('src/config/defus.config.json').length >= 10, 'the built-in card in French');
    assert.ok(from('src/translations/fr.ts').includes('(s’ouvre dans une nouvelle fenêtre)'), 'the card’s French words');
    assert.ok(from('test/fixtures/example-forum.config.json').length > 0, 'the example forum in French');
    const problems = texts
      .map(({ file, text }) => ({ file, text, problem: frenchSpacingProblem(text) }))
      .filter(({ problem }) => problem)
      .map(({ file, text, problem }) => `${file}: ${JSON.stringify(text)}: ${problem}`);
    assert.deepEqual(problems, []);
  });
});
