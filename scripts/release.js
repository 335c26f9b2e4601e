// `npm run release`: the kit for web editors, release/defus-info-<version>.zip, from the built
// module (npm run build) and the built configurator script (vite build --config kit/vite.config.ts).
// One folder, defus-info-<version>/, holding the module byte for byte, the configurator (index.html,
// self-contained: it needs no server and asks nothing of any other), the integrity hash, the config
// template and its schema, the editor's guides, the licences and the changelog. No Node, no server
// API needed to use it. Reproducible: every entry carries the same date, so the same inputs give the
// same zip.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const readText = (path) => read(path).toString('utf8');

/** The fixed date of every zip entry (fflate's lower bound is 1980): the zip's bytes depend on its content only. */
const ENTRY_DATE = new Date('1980-01-01T00:00:00Z');

/** JSON as the text of a `<script type="application/json">`: "<" written as \u003c, so nothing in it ends the element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const fontFace = (weight) => {
  const file = `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`;
  return `@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:${weight};font-display:swap;src:url(data:font/woff2;base64,${read(file).toString('base64')}) format('woff2')}`;
};

/** kit/index.html with its style sheet, fonts, configurator and the module's text written in. */
export function configuratorPage({ version, module, integrity, code }) {
  let page = readText('kit/index.html');
  const fill = (slot, value) => {
    if (!page.includes(slot)) throw new Error(`kit/index.html: no ${slot}`);
    page = page.replace(slot, () => value);
  };
  fill(
    '<link rel="stylesheet" href="./configurator.css" />',
    `<style>${[400, 700].map(fontFace).join('')}\n${readText('kit/configurator.css')}</style>`,
  );
  fill(
    '<script type="application/json" id="kit-data">\n      {}\n',
    `<script type="application/json" id="kit-data">\n${scriptJson({ version, module, integrity })}\n`,
  );
  fill(
    '<script type="application/json" id="kit-code">\n      ""\n',
    `<script type="application/json" id="kit-code">\n${scriptJson(code)}\n`,
  );
  return page;
}

/** The MIT licence's text (https://spdx.org/licenses/MIT.html), for a package that names it but ships no file. */
const MIT = (holder) => `Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/**
 * The licence of a package that ships no LICENSE file: two of the configurator's do not. A Lit
 * package (author Google LLC, repository lit/lit) under BSD-3-Clause carries Lit's own LICENSE; an
 * MIT package the MIT text with its author as the holder. Anything else stops the release.
 */
function licenceWithoutFile(manifest) {
  const said = `The package ships no licence file; its package.json names ${manifest.license}, author ${manifest.author}, repository ${manifest.repository?.url}.`;
  if (
    manifest.license === 'BSD-3-Clause' &&
    manifest.author === 'Google LLC' &&
    /github\.com\/lit\/lit/.test(manifest.repository?.url ?? '')
  ) {
    return `${said} Lit's LICENSE:\n\n${readText('node_modules/lit/LICENSE').trim()}`;
  }
  if (manifest.license === 'MIT' && typeof manifest.author === 'string') {
    return `${said}\n\n${MIT(manifest.author.replace(/\s*\(.*\)$/, ''))}`;
  }
  throw new Error(`${manifest.name}: bundled into the configurator, but it has no LICENSE file and no licence text known here`);
}

/** The licences of everything the kit ships: the module's bundle, then the configurator's bundle and fonts. */
function thirdPartyLicences() {
  const packages = JSON.parse(readText('dist/kit/packages.json'));
  packages.push(new URL('node_modules/@fontsource/source-sans-3', root).pathname);
  const notices = packages.map((directory) => {
    const manifest = JSON.parse(readFileSync(`${directory}/package.json`, 'utf8'));
    const heading = `${manifest.name} ${manifest.version} (${manifest.license})`;
    if (existsSync(`${directory}/LICENSE`)) return `${heading}\n\n${readFileSync(`${directory}/LICENSE`, 'utf8').trim()}\n`;
    return `${heading}\n\n${licenceWithoutFile(manifest)}\n`;
  });
  return [
    readText('dist/THIRD-PARTY-LICENSES.txt').trim(),
    '',
    '===',
    '',
    `index.html (the configurator) bundles code from these packages, and the Source Sans 3 font:\n\n${notices.join('\n---\n\n')}`,
  ].join('\n');
}

/** The kit's files, by their name inside its folder. */
export function kitFiles() {
  const { version } = JSON.parse(readText('package.json'));
  const module = read('dist/defus-info.js');
  const integrity = `sha384-${createHash('sha384').update(module).digest('base64')}`;
  const page = configuratorPage({
    version,
    module: module.toString('utf8'),
    integrity,
    code: readText('dist/kit/configurator.js'),
  });
  const text = (value) => new TextEncoder().encode(value);
  return {
    version,
    integrity,
    files: {
      'defus-info.js': module,
      'index.html': text(page),
      'integrity.json': read('dist/integrity.json'),
      'defus.config.json': read('dist/defus.config.json'),
      'defus-info.schema.json': read('dist/defus-info.schema.json'),
      'Anleitung-fuer-Redaktionen.md': read('docs/editors-guide.de.md'),
      'editors-guide.md': read('docs/editors-guide.en.md'),
      'LICENSE.txt': read('LICENSE'),
      'THIRD-PARTY-LICENSES.txt': text(thirdPartyLicences()),
      'CHANGELOG.md': read('CHANGELOG.md'),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { version, integrity, files } = kitFiles();
  const folder = `defus-info-${version}`;
  const entries = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`${folder}/${name}`, new Uint8Array(bytes)]));
  const zip = zipSync(entries, { level: 9, mtime: ENTRY_DATE });
  mkdirSync(new URL('release/', root), { recursive: true });
  const path = `release/${folder}.zip`;
  writeFileSync(new URL(path, root), zip);
  console.log(
    `${path}: ${zip.length} B, ${Object.keys(files).length} files in ${folder}/; defus-info.js integrity="${integrity}"`,
  );
}
