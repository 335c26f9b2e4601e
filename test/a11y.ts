// Accessibility measurements shared by the tests: axe with exactly the WCAG tags the partners'
// legal duty names, and WCAG contrast ratios computed from the rendered colours.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** WCAG 2.0 A and AA, 2.1 AA and 2.2 AA: BITV 2.0 / EN 301 549 and the newer criteria. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function runAxe(element: Element): Promise<AxeResults> {
  return window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS } });
}

type Rgba = [number, number, number, number];

/** Reads a computed colour (`rgb(…)` or `rgba(…)`, as every engine reports sRGB colours). */
export function parseColor(value: string): Rgba {
  const parts = /rgba?\(([^)]+)\)/
    .exec(value)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!parts || parts.length < 3) throw new Error(`cannot read the colour ${value}`);
  return [parts[0] as number, parts[1] as number, parts[2] as number, parts[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the flattened tree: through a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour behind an element: the nearest opaque background up the flattened tree, else white. */
export function backgroundBehind(element: Element): Rgba {
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] === 1) return colour;
  }
  return [255, 255, 255, 1];
}

/** Every element in the card that renders text of its own, with the contrast of that text. */
export function textContrasts(root: ShadowRoot): { element: Element; ratio: number }[] {
  return [...root.querySelectorAll('*')]
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
    .filter((element) => element.getClientRects().length > 0 && !element.closest('.visually-hidden'))
    .map((element) => ({
      element,
      ratio: contrastRatio(parseColor(getComputedStyle(element).color), backgroundBehind(element)),
    }));
}
