import { html, type TemplateResult } from 'lit/html.js';

/**
 * One template for a whole card instead of one per nested piece. lit-html gives every nested
 * `TemplateResult` its own template instance: a cloned fragment, a tree walk, its parts and its
 * markers. A card drawn from small composable templates (a heading, optional sections, a list
 * item each) paid for eight of them, and that was most of its script time in the benchmark.
 *
 * `flatten` inlines each nested HTML result, and each array of them, into the markup of the one
 * around it, so the values that remain are only the card's texts, attribute values and `nothing`.
 * The markup is the same, less the markers of the inlined parts. Equal shapes (the same templates
 * nested at the same places) share one strings array, so lit-html prepares each shape once.
 *
 * Only for results whose nested results sit in child positions, as in `card-template.ts`: a
 * result in an attribute would become markup here. Config texts are strings, never results, so
 * they always stay bindings, and nothing from a config can become markup.
 */

const HTML_RESULT = 1;

const isHtmlResult = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && (value as { _$litType$?: unknown })._$litType$ === HTML_RESULT;

/** A number per template, to name a shape by the templates it nests. */
const templateIds = new WeakMap<TemplateStringsArray, number>();
let nextTemplateId = 0;
/** Flattened strings by shape. */
const flatStrings = new Map<string, TemplateStringsArray>();

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
        inline(value);
      } else if (Array.isArray(value) && value.every(isHtmlResult)) {
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
    flat = Object.assign(strings, { raw: strings });
    flatStrings.set(shape, flat);
  }
  return html(flat, ...values);
}
