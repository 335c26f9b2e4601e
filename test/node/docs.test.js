// The docs' generated parts (scripts/docs.js) against what they describe: the API tables against the
// manifest, the pinned snippet against the build, the performance figures against the committed
// benchmark results. Fails when someone edits one by hand and not the other. And the docs as a
// whole: the README stays a short front door, and every relative link in the README,
// CONTRIBUTING.md and docs/ leads to a file, and to a heading where it names one.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { currentSources, DOCS, endMarker, generatedParts, renderDocs, renderPage, startMarker } from '../../scripts/docs.js';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(new URL('docs/', ROOT))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

describe('generated parts of the docs', () => {
  test('every page shows the generated parts of the current build and benchmark results', () => {
    for (const { file, current, expected } of renderDocs()) {
      assert.ok(current === expected, `${file} is out of date with the build or bench/results.json: run npm run docs`);
    }
  });

  test('every generated part has its markers once, and only where DOCS puts it', () => {
    const names = Object.keys(generatedParts(currentSources()));
    for (const page of PAGES) {
      const text = read(page);
      const declared = DOCS[page] ?? [];
      for (const name of names) {
        assert.equal(text.split(startMarker(name)).length, declared.includes(name) ? 2 : 1, `${page}: ${name}`);
        assert.equal(text.split(endMarker(name)).length, declared.includes(name) ? 2 : 1, `${page}: ${name}`);
      }
      // No marker for a part the script does not know.
      for (const [, name] of text.matchAll(/<!-- generated:([a-z0-9-]+) /g)) assert.ok(names.includes(name), `${page}: ${name}`);
    }
  });

  test('a hand edit inside a generated part is caught', () => {
    const parts = generatedParts(currentSources());
    const edits = {
      'docs/api.md': ['| `heading-level` | `headingLevel` |', '| `headinglevel` | `headingLevel` |'],
      'docs/performance.md': [
        '**Lighthouse** on the built demo: performance ',
        '**Lighthouse** on the built demo: performance 1',
      ],
      'docs/embedding.md': ['integrity="sha384-', 'integrity="sha512-'],
      'docs/glossary.md': ['| `variant` | Umfang |', '| `variant` | Variante |'],
    };
    for (const [file, [from, to]] of Object.entries(edits)) {
      const page = read(file);
      const edited = page.replace(from, to);
      assert.notEqual(edited, page, file);
      assert.notEqual(renderPage(edited, parts, DOCS[file], file), edited, file);
    }
  });

  test('the performance page states the figures of bench/results.json', () => {
    const { bench } = currentSources();
    const page = read('docs/performance.md');
    assert.ok(page.includes(`**${bench.weight.brotli.toLocaleString('en')} B brotli**`));
    for (const row of bench.targets) assert.ok(page.includes(`| ${row.target} | ${row.measured} |`), row.target);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, heading] of withoutCode.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

describe('the docs as a whole', () => {
  test('the README is the front door: under 20 KB, set-up commands near the top, a link to every docs page', () => {
    const readme = read('README.md');
    assert.ok(Buffer.byteLength(readme) < 20 * 1024, `README.md: ${Buffer.byteLength(readme)} B`);
    const lines = readme.split('\n');
    for (const command of ['npm install && npm start', 'npm test'])
      assert.ok(lines.findIndex((line) => line.startsWith(command)) < 60, `${command} in the first 60 lines`);
    for (const page of PAGES.filter((page) => page.startsWith('docs/')))
      assert.ok(readme.includes(`](${page})`), `README.md links to ${page}`);
    assert.ok(existsSync(new URL('docs/images/defus-info-de.png', ROOT)));
  });

  test('every relative link leads to a file, and to a heading where it names one', () => {
    const broken = [];
    for (const page of PAGES) {
      const text = read(page).replace(/^```[\s\S]*?^```/gm, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [path, anchor] = target.split('#');
        const file = path ? new URL(path, new URL(page, ROOT)) : new URL(page, ROOT);
        if (!existsSync(file)) {
          broken.push(`${page}: ${target} (no such file)`);
        } else if (anchor && !anchors(readFileSync(file, 'utf8')).has(anchor)) {
          broken.push(`${page}: ${target} (no such heading)`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });
});
