// The published JSON Schema against the widget's own validator (src/config/validate.ts). Pure
// logic, so it runs in Node, where thousands of generated configs take seconds on any machine and
// no browser's test timeout applies; the validator is bundled from the sources on each run
// (from-source.js), so a change to it or to the schema is tested as it is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { importFromSource } from './from-source.js';

const readJson = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = readJson('src/config/defus-info.schema.json');
const builtin = readJson('src/config/defus.config.json');
const exampleForum = readJson('test/fixtures/example-forum.config.json');

/** Generated configs per `npm test`; NUM_RUNS=150000 for a long run by hand. */
const NUM_RUNS = Number(process.env.NUM_RUNS ?? 4000);

// strict: unknown keywords, ambiguous types and the like are errors, so the published schema is
// clean for every validator, not only for a forgiving one.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateWithSchema = ajv.compile(schema);

/** `links[0].href` → `/links/0/href`, the JSON Pointer ajv reports. */
const toPointer = (path) =>
  path
    ? `/${path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .join('/')}`
    : '';

/** Where ajv says something is wrong: the value's pointer, or the unknown key's. */
const schemaErrorPointers = () =>
  (validateWithSchema.errors ?? []).map((error) =>
    error.keyword === 'additionalProperties' ? `${error.instancePath}/${error.params.additionalProperty}` : error.instancePath,
  );

/** True when one pointer is the other or lies inside it. */
const related = (a, b) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

describe('the published JSON Schema', () => {
  /** @type {Record<string, any>} */
  let widget;
  before(async () => {
    widget = await importFromSource(['src/config/validate.ts', 'src/url-safety.ts', 'test/arbitraries.ts']);
  });

  test('is a valid draft 2020-12 schema, compiled in strict mode', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  });

  test('describes every property and gives examples', () => {
    const undescribed = [];
    const walk = (node, at) => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undescribed.push(`${at}/${key}`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
    };
    walk(schema, '');
    assert.deepEqual(undescribed, []);
    assert.ok(schema.examples.length > 0);
    for (const example of schema.examples)
      assert.equal(validateWithSchema(example), true, JSON.stringify(validateWithSchema.errors));
  });

  test('accepts the built-in DEFUS config and the example forum', () => {
    for (const config of [builtin, exampleForum, { $schema: './defus-info.schema.json', ...builtin }]) {
      assert.equal(validateWithSchema(config), true, JSON.stringify(validateWithSchema.errors));
      assert.deepEqual(widget.validateConfig(config).issues, []);
    }
  });

  test('states the same limits and link pattern as the widget', () => {
    const { MAX_TEXT_LENGTH, MAX_LIST_LENGTH, LINK_HREF_PATTERN } = widget;
    assert.equal(schema.$defs.plainText.maxLength, MAX_TEXT_LENGTH);
    assert.equal(schema.$defs.href.maxLength, MAX_TEXT_LENGTH);
    assert.equal(schema.properties.links.maxItems, MAX_LIST_LENGTH);
    assert.equal(schema.properties.facts.maxItems, MAX_LIST_LENGTH);
    assert.equal(schema.properties.services.properties.items.maxItems, MAX_LIST_LENGTH);
    assert.equal(new RegExp(schema.$defs.href.pattern, 'u').source, LINK_HREF_PATTERN.source);
  });

  // Two rules no JSON Schema keyword can state, so the generator leaves them out and
  // validate.test.ts tests them: a language tag that repeats a variant (de-1996-1996), which
  // Intl.getCanonicalLocales refuses, and two keys of one text for the same language (en, EN).
  test(`agrees with the runtime validator on ${NUM_RUNS.toLocaleString('en')} generated configs`, () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(widget.configJson, (json) => {
        const input = JSON.parse(json);
        const { issues } = widget.validateConfig(input);
        const schemaSays = validateWithSchema(input);
        const widgetSays = issues.length === 0;
        if (schemaSays !== widgetSays) {
          throw new Error(
            `schema says ${schemaSays ? 'valid' : 'invalid'} ${JSON.stringify(validateWithSchema.errors)}; widget says ${JSON.stringify(issues)}`,
          );
        }
        if (schemaSays) {
          valid += 1;
          return;
        }
        invalid += 1;
        // Every place the widget names is a place the schema objects to, or inside or around one.
        const pointers = schemaErrorPointers();
        const unplaced = issues.filter((issue) => !pointers.some((pointer) => related(pointer, toPointer(issue.path))));
        if (unplaced.length)
          throw new Error(`widget names ${JSON.stringify(unplaced)}; schema names ${JSON.stringify(pointers)}`);
      }),
      { numRuns: NUM_RUNS },
    );
    // Both verdicts must be common, or the agreement above would prove little.
    assert.ok(valid > NUM_RUNS / 8, `valid configs generated: ${valid}`);
    assert.ok(invalid > NUM_RUNS / 8, `invalid configs generated: ${invalid}`);
  });

  test('the agreement check fails on a validator that disagrees', () => {
    // A validator that waves every config through must be caught within the same generated space.
    assert.throws(() =>
      fc.assert(
        fc.property(widget.configJson, (json) => {
          const input = JSON.parse(json);
          if (validateWithSchema(input) !== true) throw new Error('disagreement found');
        }),
        { numRuns: 200 },
      ),
    );
  });
});
