import { html, type TemplateResult } from 'lit/html.js';

/**
 * One template for a whole card instead of one per nested piece. lit-html gives every nested
 * `TemplateResult` its own template instance: a cloned fragment, a tree walk, its parts and its
 * markers. The built-in card, written as small composable templates (a heading, optional
 * sections, one per list item), would pay for a dozen of them, and those were most of its script
 * time in the benchmark.
 *
 * `flatten` inlines each nested HTML result, and each array of them, into the markup of the one
 * around it, so the values that remain are only the card's texts, attribute values and `nothing`.
 * The markup is the same, less the markers of the inlined parts. Equal shapes (the same templates
 * nested at the same places) share one strings array, so lit-html prepares each shape once and
 * updates a card of the same shape in place; a card whose shape changes (another variant, heading
 * level or number of items) is drawn anew.
 *
 * Limits: nested results sit in child positions only (one in an attribute would become markup
 * here; refused in development), and the inlined markup must parse as it did nested (a
 * `<div>` result inside a `<p>` would not). Config texts are strings, never results, so they
 * always stay bindings; and only a genuine template result, whose strings come from a template
 * literal (an array with its own `raw`, as lit-html itself checks), is inlined, so an object
 * that merely looks like one stays a value.
 */

const HTML_RESULT = 1;

/**
 * Vite's development flag: true under `npm start` and in the tests (web-test-runner.config.js
 * defines it), false in every build, which then drops the development checks below.
 */
const DEV = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/**
 * Development check: a nested template must sit where a child node goes. One in an attribute
 * (`class=${html`…`}`) would become markup here rather than a value, so it is refused.
 */
function assertChildPosition(template: TemplateResult, index: number): void {
  const before = template.strings.slice(0, index + 1).join('');
  if (before.lastIndexOf('<') > before.lastIndexOf('>')) {
    throw new Error(
      `flatten: a nested template in an attribute position, after ${JSON.stringify(before.slice(-40))}; only child positions can be inlined.`,
    );
  }
}

function isHtmlResult(value: unknown): value is TemplateResult {
  if (typeof value !== 'object' || value === null) return false;
  const { _$litType$: type, strings } = value as { _$litType$?: unknown; strings?: unknown };
  return type === HTML_RESULT && Array.isArray(strings) && Object.hasOwn(strings, 'raw');
}

/** A number per template, to name a shape by the templates it nests. */
const templateIds = new WeakMap<TemplateStringsArray, number>();
let nextTemplateId = 0;
/** Flattened strings by shape. */
const flatStrings = new Map<string, TemplateStringsArray>();
/**
 * A page shows a few shapes; a configurator that edits a config keeps making new ones. Past this
 * many the cache starts again: a card then only prepares its template anew.
 */
const MAX_SHAPES = 64;

export function flatten(result: TemplateResult): TemplateResult {
  const strings: string[] = [];
  const values: unknown[] = [];
  let shape = '';
  // V8 joins these with ropes: on a known shape the markup built here is dropped unread.
  let markup = '';
  const inline = (nested: TemplateResult): void => {
    let id = templateIds.get(nested.strings);
    if (id === undefined) templateIds.set(nested.strings, (id = nextTemplateId++));
    shape += `${id}(`;
    markup += nested.strings[0];
    nested.values.forEach((value, index) => {
      if (isHtmlResult(value)) {
        if (DEV) assertChildPosition(nested, index);
        inline(value);
      } else if (Array.isArray(value) && value.every(isHtmlResult)) {
        if (DEV) assertChildPosition(nested, index);
        shape += '[';
        value.forEach(inline);
        shape += ']';
      } else {
        shape += ',';
        strings.push(markup);
        values.push(value);
        markup = '';
      }
      markup += nested.strings[index + 1];
    });
    shape += ')';
  };
  inline(result);
  strings.push(markup);
  let flat = flatStrings.get(shape);
  if (!flat) {
    if (flatStrings.size >= MAX_SHAPES) flatStrings.clear();
    flat = Object.assign(strings, { raw: strings });
    flatStrings.set(shape, flat);
  }
  return html(flat, ...values);
}
