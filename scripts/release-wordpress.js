// `npm run release:wordpress`: the WordPress plugin as release/defus-info-wordpress-<version>.zip,
// installable through "Plugins → Add Plugin → Upload Plugin". It carries the built dist/defus-info.js
// (run `npm run build` first), its integrity hash, the built-in card pre-rendered for every
// language × variant × theme × heading level (PHP cannot run Lit's server renderer), and the German
// translations compiled from the plugin's .po file.
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { integrityOf } from './integrity.js';
import { prerenderedBuiltin } from './prerendered-builtin.js';
import { checkedVersion, readTree, requireBuilt, writeZip } from './release-zip.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PLUGIN_SOURCE = join(ROOT, 'integrations/wordpress/defus-info');
const SLUG = 'defus-info';
/** The locales that get one .po file's translations: the German text addresses the reader as "Sie", right for every German locale. */
export const LOCALES_SHARING = { de_DE: ['de_DE', 'de_DE_formal', 'de_AT', 'de_CH'] };

/** The package's version, which the plugin header, block.json and readme.txt must carry too. */
function pluginVersion() {
  const read = (path) => readFileSync(join(PLUGIN_SOURCE, path), 'utf8');
  return checkedVersion('The plugin', {
    'defus-info.php (Version:)': read('defus-info.php').match(/^ \* Version:\s+(\S+)$/m)?.[1],
    'block/block.json (version)': JSON.parse(read('block/block.json')).version,
    'block/editor.asset.php (version)': read('block/editor.asset.php').match(/'version'\s*=>\s*'([^']+)'/)?.[1],
    'readme.txt (Stable tag:)': read('readme.txt').match(/^Stable tag:\s+(\S+)$/m)?.[1],
  });
}

/** Parses a .po file: [{ context, id, str, references }], the header entry first. */
export function parsePo(text) {
  const entries = [];
  let entry = { references: [] };
  let field;
  const unquote = (line) => JSON.parse(line.trim());
  const flush = () => {
    if (entry.id !== undefined) entries.push(entry);
    entry = { references: [] };
    field = undefined;
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      flush();
    } else if (line.startsWith('#:')) {
      if (entry.id !== undefined) flush();
      entry.references.push(...line.slice(2).trim().split(/\s+/));
    } else if (line.startsWith('#')) {
      if (entry.id !== undefined) flush();
    } else {
      const match = line.match(/^(msgctxt|msgid|msgstr)\s+(".*")$/);
      if (match) {
        if (match[1] === 'msgctxt' || (match[1] === 'msgid' && entry.id !== undefined && field === 'str')) flush();
        field = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[match[1]];
        entry[field] = unquote(match[2]);
      } else if (line.startsWith('"') && field) {
        entry[field] += unquote(line);
      } else {
        throw new Error(`Unreadable .po line: ${line}`);
      }
    }
  }
  flush();
  return entries;
}

/** A GNU .mo file (what WordPress reads for PHP strings and block.json) from parsed .po entries. */
export function compileMo(entries) {
  const encoder = new TextEncoder();
  const pairs = entries
    .filter((entry) => entry.str !== '' || entry.id === '')
    .map((entry) => [
      encoder.encode(entry.context === undefined ? entry.id : `${entry.context}\u0004${entry.id}`),
      encoder.encode(entry.str),
    ])
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const count = pairs.length;
  const headerSize = 28 + count * 16;
  let offset = headerSize;
  const tables = { ids: [], strs: [] };
  const blobs = [];
  for (const [kind, index] of [
    ['ids', 0],
    ['strs', 1],
  ]) {
    for (const pair of pairs) {
      tables[kind].push([pair[index].length, offset]);
      blobs.push(pair[index], new Uint8Array([0]));
      offset += pair[index].length + 1;
    }
  }
  const buffer = Buffer.alloc(offset);
  buffer.writeUInt32LE(0x950412de, 0);
  buffer.writeUInt32LE(0, 4);
  buffer.writeUInt32LE(count, 8);
  buffer.writeUInt32LE(28, 12);
  buffer.writeUInt32LE(28 + count * 8, 16);
  buffer.writeUInt32LE(0, 20);
  buffer.writeUInt32LE(headerSize, 24);
  [...tables.ids, ...tables.strs].forEach(([length, at], i) => {
    buffer.writeUInt32LE(length, 28 + i * 8);
    buffer.writeUInt32LE(at, 32 + i * 8);
  });
  let at = headerSize;
  for (const blob of blobs) {
    buffer.set(blob, at);
    at += blob.length;
  }
  return buffer;
}

/** The editor script's translations as WordPress's JSON (Jed 1.x) for wp_set_script_translations. */
export function compileScriptJson(entries, locale, script) {
  const header = entries.find((entry) => entry.id === '');
  const pluralForms = header?.str.match(/^Plural-Forms:\s*(.+)$/m)?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
  for (const entry of entries) {
    if (entry.id === '' || entry.str === '' || !entry.references.includes(script)) continue;
    messages[entry.context === undefined ? entry.id : `${entry.context}\u0004${entry.id}`] = [entry.str];
  }
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}

/**
 * A PHP file that returns `text` (read with `include`: the plugin reads no file itself). In a
 * single-quoted PHP string only the backslash and the quote need escaping.
 */
export function phpReturningString(text) {
  const literal = text.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
  return [
    '<?php',
    '// Written by `npm run release:wordpress`: one pre-rendered card.',
    "defined( 'ABSPATH' ) || exit;",
    `return '${literal}';`,
    '',
  ].join('\n');
}

/** The pre-rendered built-in card as PHP files that return it, one per combination of options. */
async function prerenderedCards() {
  const { cards, langs } = await prerenderedBuiltin();
  const files = {};
  for (const [name, inner] of Object.entries(cards)) files[`prerendered/${name}.php`] = phpReturningString(inner);
  return { files, langs };
}

/** Every file of the plugin, by its path inside the plugin's folder. */
export async function pluginFiles() {
  const version = pluginVersion();
  requireBuilt();
  const files = readTree(PLUGIN_SOURCE);

  files['assets/defus-info.js'] = readFileSync(join(ROOT, 'dist/defus-info.js'));
  files['assets/THIRD-PARTY-LICENSES.txt'] = readFileSync(join(ROOT, 'dist/THIRD-PARTY-LICENSES.txt'));
  const integrity = integrityOf(join(ROOT, 'dist/defus-info.js'));
  const { files: cards, langs } = await prerenderedCards();
  Object.assign(files, cards);
  const { defaultLang } = JSON.parse(readFileSync(join(ROOT, 'dist/defus.config.json'), 'utf8'));

  // Only values from our own build go into PHP source; each is checked to be a plain token.
  for (const value of [version, integrity, defaultLang, ...langs]) {
    if (!/^[A-Za-z0-9.+/=-]+$/.test(value)) throw new Error(`Unexpected build value: ${value}`);
  }
  const list = langs.map((lang) => `'${lang}'`).join(', ');
  files['build.php'] = [
    '<?php',
    '/**',
    ' * Written by `npm run release:wordpress`: the bundled module and the card it was built with.',
    ' *',
    ' * @package DefusInfo',
    ' */',
    '',
    "defined( 'ABSPATH' ) || exit;",
    '',
    'return array(',
    `\t'version'     => '${version}',`,
    `\t'integrity'   => '${integrity}',`,
    `\t'langs'       => array( ${list} ),`,
    `\t'defaultLang' => '${defaultLang}',`,
    ');',
    '',
  ].join('\n');

  for (const name of Object.keys(files)) {
    const match = name.match(/^languages\/defus-info-([a-z]{2,3}_[A-Z]{2})\.po$/);
    if (!match) continue;
    const entries = parsePo(files[name].toString('utf8'));
    for (const locale of LOCALES_SHARING[match[1]] ?? [match[1]]) {
      files[`languages/defus-info-${locale}.mo`] = compileMo(entries);
      files[`languages/defus-info-${locale}-defus-info-card-editor-script.json`] = compileScriptJson(
        entries,
        locale,
        'block/editor.js',
      );
    }
  }
  return { version, files };
}

/** Writes release/defus-info-wordpress-<version>.zip (or into `directory`); resolves its path. */
export async function writeWordPressZip(directory = join(ROOT, 'release')) {
  const { version, files } = await pluginFiles();
  return writeZip(join(directory, `defus-info-wordpress-${version}.zip`), files, `${SLUG}/`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await writeWordPressZip();
  console.log(`${relative(ROOT, path)}: ${statSync(path).size} B`);
}
