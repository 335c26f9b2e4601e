import { transform as transformCss } from 'lightningcss';
import { parseSync, type Plugin } from 'vite';

interface Quasi {
  start: number;
  raw: string;
}

const isNewlineSpace = /^\s*\n\s*$/;

/**
 * Whitespace in `html` templates, by the rule JSX uses: a run of whitespace that holds a line
 * break disappears next to a tag or an expression, and becomes one space anywhere else (in text,
 * or between a tag's attributes, where it separates them). A space on one line is kept as is,
 * so authors write `</span> <span>` when two inline elements need one between them.
 */
export function collapseHtmlWhitespace(quasis: readonly string[]): string[] {
  let inTag = false;
  let quote: string | undefined;
  return quasis.map((raw) =>
    raw.replace(/\s+|[^\s]/g, (token, offset: number) => {
      if (!/\s/.test(token)) {
        if (quote) {
          if (token === quote) quote = undefined;
        } else if (inTag) {
          if (token === '"' || token === "'") quote = token;
          else if (token === '>') inTag = false;
        } else if (token === '<' && /[a-zA-Z/!]/.test(raw[offset + 1] ?? '')) {
          inTag = true;
        }
        return token;
      }
      if (!isNewlineSpace.test(token)) return token;
      if (inTag || quote) return ' ';
      const before = raw[offset - 1];
      const after = raw[offset + token.length];
      return before === undefined || after === undefined || before === '>' || after === '<' ? '' : ' ';
    }),
  );
}

/** Minifies a `css` template with Lightning CSS. Styles must not interpolate values. */
export function minifyCss(quasis: readonly string[], where: string): string[] {
  if (quasis.length !== 1) throw new Error(`${where}: css\`\` with \${…} cannot be minified; write plain CSS.`);
  const { code } = transformCss({ filename: where, code: new TextEncoder().encode(quasis[0]), minify: true });
  return [new TextDecoder().decode(code).replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')];
}

type Node = { type?: string; [key: string]: unknown };

function* taggedTemplates(node: unknown): Generator<{ tag: string; quasis: Quasi[] }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  const n = node as Node;
  if (n.type === 'TaggedTemplateExpression') {
    const tag = n.tag as Node;
    const quasi = n.quasi as { quasis: { start: number; value: { raw: string } }[] };
    if (tag.type === 'Identifier' && (tag.name === 'html' || tag.name === 'css')) {
      yield { tag: tag.name, quasis: quasi.quasis.map((q) => ({ start: q.start + 1, raw: q.value.raw })) };
    }
  }
  for (const key of Object.keys(n)) if (key !== 'type') yield* taggedTemplates(n[key]);
}

/** Build-only: strips what the templates' source formatting adds to the shipped bytes and DOM. */
export function minifyTemplates(include: RegExp): Plugin {
  return {
    name: 'defus-info:minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id)) return null;
      const { program } = parseSync(id, code);
      const edits: { start: number; end: number; text: string }[] = [];
      for (const { tag, quasis } of taggedTemplates(program)) {
        for (const { start, raw } of quasis) {
          if (code.slice(start, start + raw.length) !== raw) throw new Error(`${id}: template offsets do not match the source`);
        }
        const raws = quasis.map((q) => q.raw);
        const minified = tag === 'css' ? minifyCss(raws, id) : collapseHtmlWhitespace(raws);
        quasis.forEach((q, i) => edits.push({ start: q.start, end: q.start + q.raw.length, text: minified[i] as string }));
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let result = code;
      for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      return { code: result, map: null };
    },
  };
}
