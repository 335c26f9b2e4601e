import type { Plugin } from 'vite';

/**
 * Vite rewrites the demo's entry <script> and drops its `blocking="render"`; put it back, so the
 * built demo's first paint already shows its cards, as the source page intends.
 */
export function keepRenderBlocking(): Plugin {
  return {
    name: 'defus-info:keep-render-blocking',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module" crossorigin src=/g, '<script type="module" blocking="render" crossorigin src='),
    },
  };
}
