import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import builtin from '../src/config/defus.config.json';
import schema from '../src/config/defus-info.schema.json';
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH, validateConfig, type ConfigIssue } from '../src/config/validate.js';
import { LINK_HREF_PATTERN } from '../src/url-safety.js';
import { configJson } from './arbitraries.js';
import exampleForum from './fixtures/example-forum.config.json';

// strict: unknown keywords, ambiguous types and the like are errors, so the published schema is
// clean for every validator, not only for a forgiving one.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateWithSchema = ajv.compile(schema);

/** `links[0].href` → `/links/0/href`, the JSON Pointer ajv reports. */
function toPointer(path: string): string {
  return path
    ? `/${path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .join('/')}`
    : '';
}

/** Where ajv says something is wrong: the value's pointer, or the unknown key's. */
function schemaErrorPointers(): string[] {
  return (validateWithSchema.errors ?? []).map((error) =>
    error.keyword === 'additionalProperties'
      ? `${error.instancePath}/${(error.params as { additionalProperty: string }).additionalProperty}`
      : error.instancePath,
  );
}

/** True when one pointer is the other or lies inside it. */
const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

describe('the published JSON Schema', function () {
  // 4,000 configs through ajv and the validator take over 10 s in WebKit on a busy two-core machine.
  this.timeout(60000);

  it('is a valid draft 2020-12 schema, compiled in strict mode', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).to.equal(true);
  });

  it('describes every property and gives examples', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [key, child] of Object.entries(properties ?? {})) {
        if (!child.description) undescribed.push(`${at}/${key}`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
    };
    walk(schema, '');
    expect(undescribed).to.deep.equal([]);
    expect(schema.examples).to.have.length.above(0);
    for (const example of schema.examples)
      expect(validateWithSchema(example), JSON.stringify(validateWithSchema.errors)).to.equal(true);
  });

  it('accepts the built-in DEFUS config and the example forum', () => {
    for (const config of [builtin, exampleForum, { $schema: './defus-info.schema.json', ...builtin }]) {
      expect(validateWithSchema(config), JSON.stringify(validateWithSchema.errors)).to.equal(true);
    }
  });

  it('states the same limits and link pattern as the widget', () => {
    expect(schema.$defs.plainText.maxLength).to.equal(MAX_TEXT_LENGTH);
    expect(schema.$defs.href.maxLength).to.equal(MAX_TEXT_LENGTH);
    expect(schema.properties.links.maxItems).to.equal(MAX_LIST_LENGTH);
    expect(schema.properties.facts.maxItems).to.equal(MAX_LIST_LENGTH);
    expect(schema.properties.services.properties.items.maxItems).to.equal(MAX_LIST_LENGTH);
    expect(new RegExp(schema.$defs.href.pattern, 'u').source).to.equal(LINK_HREF_PATTERN.source);
  });

  // Two rules no JSON Schema keyword can state, so the generator leaves them out and
  // validate.test.ts tests them: a language tag that repeats a variant (de-1996-1996), which
  // Intl.getCanonicalLocales refuses, and two keys of one text for the same language (en, EN).
  it('agrees with the runtime validator on thousands of generated configs', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(configJson, (json) => {
        const input: unknown = JSON.parse(json);
        const { issues } = validateConfig(input);
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
        const unplaced = issues.filter(
          (issue: ConfigIssue) => !pointers.some((pointer) => related(pointer, toPointer(issue.path))),
        );
        if (unplaced.length)
          throw new Error(`widget names ${JSON.stringify(unplaced)}; schema names ${JSON.stringify(pointers)}`);
      }),
      { numRuns: 4000 },
    );
    // Both verdicts must be common, or the agreement above would prove little.
    expect(valid, 'valid configs generated').to.be.above(500);
    expect(invalid, 'invalid configs generated').to.be.above(500);
  });
});
