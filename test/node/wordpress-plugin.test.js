// The WordPress plugin's files, without a WordPress: the release zip's contents, the German
// translations (every string of the editor script and of block.json translated; the compiled .mo
// read back), and the versions. The plugin in a real WordPress: test/node/wordpress.test.js.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import {
  compileMo,
  compileScriptJson,
  parsePo,
  phpReturningString,
  PLUGIN_SOURCE,
  pluginFiles,
  writeWordPressZip,
} from '../../scripts/release-wordpress.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const {
  BUILTIN_LANGS: LANGS,
  VARIANTS,
  THEMES,
  HEADING_LEVELS,
} = await import(new URL('../../dist/ssr.js', import.meta.url).href);
const po = parsePo(await readFile(join(PLUGIN_SOURCE, 'languages/defus-info-de_DE.po'), 'utf8'));

/** Reads a GNU .mo file back into { key: translation }. */
function readMo(buffer) {
  assert.equal(buffer.readUInt32LE(0), 0x950412de);
  const count = buffer.readUInt32LE(8);
  const ids = buffer.readUInt32LE(12);
  const strs = buffer.readUInt32LE(16);
  const string = (table, i) => {
    const length = buffer.readUInt32LE(table + i * 8);
    const at = buffer.readUInt32LE(table + i * 8 + 4);
    return buffer.subarray(at, at + length).toString('utf8');
  };
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [string(ids, i), string(strs, i)]));
}

/** The string a PHP file written by phpReturningString returns, read as PHP reads a single-quoted literal. */
function phpStringValue(file) {
  const literal = file.match(/^return '((?:\\.|[^'\\])*)';$/m)?.[1];
  assert.ok(literal !== undefined, 'the file returns one single-quoted string');
  return literal.replace(/\\([\\'])/g, '$1');
}

describe('WordPress plugin files', () => {
  it('writes pre-rendered cards as PHP files that return the HTML unchanged, quotes and backslashes included', () => {
    const html = `<p title='it\\'s'>a \\ b \\\\' c</p>`;
    const file = phpReturningString(html);
    assert.match(file, /^<\?php\n/);
    assert.match(file, /defined\( 'ABSPATH' \) \|\| exit;/);
    assert.equal(phpStringValue(file), html);
  });

  it('translates every string of the editor script into German', async () => {
    const script = await readFile(join(PLUGIN_SOURCE, 'block/editor.js'), 'utf8');
    const strings = [...script.matchAll(/__\(\s*(['"])((?:\\.|(?!\1).)*)\1,\s*'defus-info',?\s*\)/g)].map(([, quote, text]) =>
      quote === "'" ? text.replace(/\\'/g, "'") : text,
    );
    assert.ok(strings.length >= 20, `found ${strings.length} strings`);
    const json = JSON.parse(compileScriptJson(po, 'de_DE', 'block/editor.js'));
    const messages = json.locale_data.messages;
    const untranslated = strings.filter((text) => !messages[text]?.[0]);
    assert.deepEqual(untranslated, []);
    assert.equal(messages[''].lang, 'de_DE');
  });

  it('names the block and every option exactly as docs/glossary.json does, in English and German', async () => {
    const glossary = JSON.parse(await readFile(join(ROOT, 'docs/glossary.json'), 'utf8'));
    const script = await readFile(join(PLUGIN_SOURCE, 'block/editor.js'), 'utf8');
    const block = JSON.parse(await readFile(join(PLUGIN_SOURCE, 'block/block.json'), 'utf8'));
    const messages = JSON.parse(compileScriptJson(po, 'de_DE', 'block/editor.js')).locale_data.messages;
    const used = ['langPage', 'lang', 'variant', 'variantCard', 'variantCompact', 'theme', 'themeLight', 'themeDark'];
    used.push('themeAuto', 'headingLevel', 'configUrl', 'configJson', 'ownCard');
    for (const key of used) {
      const { en, de } = glossary[key];
      assert.ok(
        script.includes(`__(${JSON.stringify(en).replace(/^"(.*)"$/, en.includes("'") ? '"$1"' : "'$1'")}, 'defus-info')`),
        `${key}: "${en}" in editor.js`,
      );
      assert.equal(messages[en]?.[0], de, `${key}: "${en}" is "${de}" in German`);
    }
    assert.equal(block.title, glossary.element.en);
    const mo = readMo(compileMo(po));
    assert.equal(mo[`block title\u0004${block.title}`], glossary.element.de);
    assert.equal(mo[glossary.element.en], glossary.element.de, "the plugin's name");
  });

  it("translates block.json's title, description and keywords for PHP (the .mo, read back)", async () => {
    const block = JSON.parse(await readFile(join(PLUGIN_SOURCE, 'block/block.json'), 'utf8'));
    const mo = readMo(compileMo(po));
    assert.equal(mo[`block title\u0004${block.title}`], 'DEFUS-Karte');
    assert.ok(mo[`block description\u0004${block.description}`]);
    assert.match(mo[''], /^Language: de_DE$/m);
    for (const entry of po.filter((entry) => entry.id)) {
      const key = entry.context === undefined ? entry.id : `${entry.context}\u0004${entry.id}`;
      assert.equal(mo[key], entry.str, key);
    }
  });

  it('parses .po continuation lines and escapes', () => {
    const [header, entry] = parsePo(
      'msgid ""\nmsgstr "A: b\\n"\n\n#: x.js\nmsgid "say "\n"\\"hi\\""\nmsgstr "sag \\"hallo\\""\n',
    );
    assert.equal(header.str, 'A: b\n');
    assert.deepEqual(entry, { references: ['x.js'], id: 'say "hi"', str: 'sag "hallo"' });
  });

  it('writes a zip with the built module, its hash, and the card pre-rendered for every option', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'defus-info-zip-'));
    try {
      const path = await writeWordPressZip(directory);
      const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
      assert.ok(path.endsWith(`defus-info-wordpress-${version}.zip`));
      const entries = unzipSync(new Uint8Array(await readFile(path)));
      const names = Object.keys(entries);
      assert.ok(
        names.every((name) => name.startsWith('defus-info/')),
        'one folder, named as the plugin',
      );
      for (const name of [
        'defus-info.php',
        'readme.txt',
        'block/block.json',
        'block/editor.js',
        'assets/defus-info.js',
        'build.php',
        'LICENSE',
      ]) {
        assert.ok(names.includes(`defus-info/${name}`), name);
      }
      assert.deepEqual(Buffer.from(entries['defus-info/assets/defus-info.js']), await readFile(join(ROOT, 'dist/defus-info.js')));
      const integrity = JSON.parse(await readFile(join(ROOT, 'dist/integrity.json'), 'utf8'))['defus-info.js'];
      const build = Buffer.from(entries['defus-info/build.php']).toString('utf8');
      assert.ok(build.includes(`'integrity'   => '${integrity}'`));
      assert.ok(build.includes(`'langs'       => array( ${LANGS.map((lang) => `'${lang}'`).join(', ')} )`));
      const cards = names.filter((name) => name.startsWith('defus-info/prerendered/'));
      assert.equal(cards.length, LANGS.length * VARIANTS.length * THEMES.length * HEADING_LEVELS.length);
      const cardFile = Buffer.from(entries['defus-info/prerendered/en-compact-dark-h4.php']).toString('utf8');
      const card = phpStringValue(cardFile);
      assert.match(card, /^<template shadowrootmode="open"><style>/);
      assert.match(card, /<h4 id="heading"/);
      assert.match(card, /class="card compact dark"/);
      // Every German locale gets the German translations, for PHP and for the editor script.
      for (const locale of ['de_DE', 'de_DE_formal', 'de_AT', 'de_CH']) {
        const mo = readMo(Buffer.from(entries[`defus-info/languages/defus-info-${locale}.mo`]));
        assert.equal(mo['Heading level'], 'Überschriftenebene', locale);
        const json = JSON.parse(
          Buffer.from(entries[`defus-info/languages/defus-info-${locale}-defus-info-card-editor-script.json`]).toString('utf8'),
        );
        assert.equal(json.locale_data.messages[''].lang, locale);
        assert.equal(json.locale_data.messages['Colour scheme'][0], 'Farbschema', locale);
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("carries the package's version in the plugin header, block.json, editor.asset.php and readme.txt", async () => {
    // pluginFiles() throws when any of them differs from package.json.
    const { version } = await pluginFiles();
    const header = await readFile(join(PLUGIN_SOURCE, 'defus-info.php'), 'utf8');
    assert.match(header, new RegExp(`^ \\* Version:\\s+${version.replaceAll('.', '\\.')}$`, 'm'));
  });
});
