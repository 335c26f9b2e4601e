// `npm run release:typo3`: the TYPO3 extension as release/defus-info-typo3-<version>.zip, with the
// extension's files at the top level, so that Composer reads it as a package (an `artifact`
// repository) and the Extension Manager can unpack it (uploaded as defus_info_<version>.zip). It
// carries the built dist/defus-info.js (run `npm run build` first), its integrity hash, the built-in
// card pre-rendered for every language × variant × theme × heading level (PHP cannot run Lit's server
// renderer), the CSP hash of the pre-rendered style sheet and the space an own card keeps free.
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { integrityOf } from './integrity.js';
import { prerenderedBuiltin } from './prerendered-builtin.js';
import { checkedVersion, readTree, requireBuilt, writeZip } from './release-zip.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXTENSION_SOURCE = join(ROOT, 'integrations/typo3/defus_info');
export const EXTENSION_KEY = 'defus_info';
export const COMPOSER_NAME = JSON.parse(readFileSync(join(EXTENSION_SOURCE, 'composer.json'), 'utf8')).name;

/** The package's version, which composer.json and ext_emconf.php must carry too. */
function extensionVersion() {
  const read = (path) => readFileSync(join(EXTENSION_SOURCE, path), 'utf8');
  return checkedVersion('The extension', {
    'composer.json (version)': JSON.parse(read('composer.json')).version,
    "ext_emconf.php ('version')": read('ext_emconf.php').match(/'version'\s*=>\s*'([^']+)'/)?.[1],
  });
}

/** A PHP single-quoted string literal. */
const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The space an own card keeps free, as the recommended snippet does: the full German card's heights. */
async function reserveCss() {
  const { reserveStyle } = await import(pathToFileURL(join(ROOT, 'dist/ssr.js')).href);
  const { heights } = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8'));
  const rows = heights
    .filter((row) => row.variant === 'card')
    .sort((a, b) => a.width - b.width)
    .map((row) => [row.width, Math.ceil(row.de)]);
  return `${reserveStyle(rows)}\n`;
}

/** Every file of the extension, by its path inside the extension's folder. */
export async function extensionFiles() {
  const version = extensionVersion();
  requireBuilt();
  const files = readTree(EXTENSION_SOURCE);

  files['Resources/Public/JavaScript/defus-info.js'] = readFileSync(join(ROOT, 'dist/defus-info.js'));
  files['Resources/Public/JavaScript/THIRD-PARTY-LICENSES.txt'] = readFileSync(join(ROOT, 'dist/THIRD-PARTY-LICENSES.txt'));
  files['Resources/Public/Css/defus-info-reserve.css'] = await reserveCss();
  const { cards, langs, styleHash } = await prerenderedBuiltin();
  for (const [name, inner] of Object.entries(cards)) files[`Resources/Private/Prerendered/${name}.html`] = inner;

  const integrity = integrityOf(join(ROOT, 'dist/defus-info.js'));
  const { defaultLang } = JSON.parse(readFileSync(join(ROOT, 'dist/defus.config.json'), 'utf8'));
  const styleHashValue = styleHash.match(/^'sha256-([A-Za-z0-9+/=]+)'$/)?.[1];
  if (!styleHashValue) throw new Error(`Unexpected style hash: ${styleHash}`);
  // Each language under its own name, as a language menu lists them ("Deutsch", "Français").
  const languages = langs.map((lang) => {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return `        ${phpString(lang)} => ${phpString(name.charAt(0).toLocaleUpperCase(lang) + name.slice(1))},`;
  });
  files['Resources/Private/Build/build.php'] = [
    '<?php',
    '',
    '// Written by `npm run release:typo3`: the bundled module and the card it was built with.',
    '',
    'return [',
    `    'version' => ${phpString(version)},`,
    `    'integrity' => ${phpString(integrity)},`,
    `    'styleHash' => ${phpString(styleHashValue)},`,
    `    'defaultLang' => ${phpString(defaultLang)},`,
    "    'languages' => [",
    ...languages,
    '    ],',
    '];',
    '',
  ].join('\n');
  return { version, files };
}

/** Writes release/defus-info-typo3-<version>.zip (or into `directory`); resolves its path. */
export async function writeTypo3Zip(directory = join(ROOT, 'release')) {
  const { version, files } = await extensionFiles();
  return writeZip(join(directory, `defus-info-typo3-${version}.zip`), files);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await writeTypo3Zip();
  console.log(`${relative(ROOT, path)}: ${statSync(path).size} B`);
}
