// What `npm publish` would ship: exactly the intended files, and every path package.json promises
// (exports, types, bin, manifest, editor data) among them. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const SHIPPED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'bin/defus-info.js',
  'dist/THIRD-PARTY-LICENSES.txt',
  'dist/cli.js',
  'dist/custom-elements.json',
  'dist/defus-info.js',
  'dist/defus-info.schema.json',
  'dist/defus.config.json',
  'dist/integrity.json',
  'dist/react.js',
  'dist/ssr.js',
  'dist/types/card-options.d.ts',
  'dist/types/card-template.d.ts',
  'dist/types/config/builtin.d.ts',
  'dist/types/config/lang-tag.d.ts',
  'dist/types/config/load.d.ts',
  'dist/types/config/remote-config.d.ts',
  'dist/types/config/types.d.ts',
  'dist/types/config/validate.d.ts',
  'dist/types/defus-info.d.ts',
  'dist/types/defus-info.styles.d.ts',
  'dist/types/embed-markup.d.ts',
  'dist/types/flatten-template.d.ts',
  'dist/types/lang-watch.d.ts',
  'dist/types/locale.d.ts',
  'dist/types/prerender.d.ts',
  'dist/types/react.d.ts',
  'dist/types/ssr.d.ts',
  // The card's own words, one table per official EU language, and their type.
  ...'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv index translation'
    .split(' ')
    .map((name) => `dist/types/translations/${name}.d.ts`),
  'dist/types/typography.d.ts',
  'dist/types/url-safety.d.ts',
  'dist/vscode.css-custom-data.json',
  'dist/vscode.html-custom-data.json',
  'dist/web-types.json',
  'package.json',
];

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// --ignore-scripts: the build has run already; a pack must not start another one.
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Map(pack.files.map((file) => [file.path, file.size]));

test('the tarball holds exactly the intended files', (t) => {
  assert.deepEqual([...files.keys()].sort(), [...SHIPPED].sort());
  t.diagnostic(`${pack.filename}: ${pack.entryCount} files, ${pack.size} B packed, ${pack.unpackedSize} B unpacked`);
  for (const [path, size] of files) t.diagnostic(`${String(size).padStart(6)} B  ${path}`);
});

test('every path package.json names ships', () => {
  const named = [
    pkg.types,
    pkg.customElements,
    pkg['web-types'],
    ...Object.values(pkg.bin),
    ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    ...pkg.sideEffects,
  ];
  for (const path of named) assert.ok(files.has(path.replace(/^\.\//, '')), `${path} is named in package.json but not shipped`);
});

test('package.json carries what registries, bundlers and editors read', () => {
  assert.equal(pkg.type, 'module');
  assert.match(pkg.version, /^\d+\.\d+\.\d+(?:-[\w.]+)?$/, 'a semver version');
  assert.equal(pkg.license, 'EUPL-1.2');
  assert.match(readFileSync('LICENSE', 'utf8'), /EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  assert.match(readFileSync('CHANGELOG.md', 'utf8'), new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\]`, 'm'));
  assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'default'], 'types first, as TypeScript requires');
  for (const entry of ['.', './ssr', './react', './schema.json', './config.json', './custom-elements.json']) {
    assert.ok(pkg.exports[entry], `exports["${entry}"]`);
  }
  assert.ok(pkg.keywords.includes('web-component'));
  assert.ok(pkg.engines.node);
  assert.ok(!pkg.private, 'publishable');
});

test('dist/integrity.json holds the sha384 of the module that ships', () => {
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'))['defus-info.js'];
  const module = readFileSync('dist/defus-info.js');
  assert.equal(integrity, `sha384-${createHash('sha384').update(module).digest('base64')}`);
  assert.equal(files.get('dist/defus-info.js'), module.length);
});
