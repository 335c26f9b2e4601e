// The README's API tables and pinned snippet are generated (scripts/docs.js) from the manifest and
// the build; this fails when someone edits the code or the README by hand and not the other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { currentSources, generatedParts, README, renderReadme } from '../../scripts/docs.js';

test('the README shows the generated API tables and pinned snippet of the current build', () => {
  const readme = readFileSync(README, 'utf8');
  const expected = renderReadme(readme, generatedParts(currentSources()));
  assert.ok(
    readme === expected,
    `${README} is out of date with dist/custom-elements.json or dist/integrity.json: run npm run docs`,
  );
});

test('every generated part has its markers, once', () => {
  const readme = readFileSync(README, 'utf8');
  for (const name of Object.keys(generatedParts(currentSources()))) {
    assert.equal(readme.split(`<!-- generated:${name} (npm run docs) -->`).length, 2, name);
  }
});

test('a hand edit inside a generated part is caught', () => {
  const readme = readFileSync(README, 'utf8');
  const edited = readme.replace('| `heading-level` | `headingLevel` |', '| `headinglevel` | `headingLevel` |');
  assert.notEqual(edited, readme);
  assert.notEqual(renderReadme(edited, generatedParts(currentSources())), edited);
});
