// `defus-info/react`: defines the element (the package's module) and types `<defus-info>` in React
// 19's JSX. React 19 sets a prop as a property when the element has one (`config`, `headingLevel`)
// and listens for `on<event-name>` props, so the widget needs no wrapper component; this file only
// tells TypeScript what the element takes. The shipped dist/react.js is the one import below.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import './defus-info.js';
import type {
  DefusInfo,
  DefusInfoErrorDetail,
  DefusInfoLoadDetail,
  DefusInfoTheme,
  DefusInfoVariant,
  ForumConfig,
} from './defus-info.js';

/** The props of `<defus-info>` in React 19's JSX. */
export interface DefusInfoProps extends DetailedHTMLProps<HTMLAttributes<DefusInfo>, DefusInfo> {
  /** URL of a JSON config. */
  src?: string;
  variant?: DefusInfoVariant;
  theme?: DefusInfoTheme;
  /** Set as the `headingLevel` property: 1–6. */
  headingLevel?: number;
  /**
   * A config object, set as the `config` property. Typed strictly so that TSX catches mistakes; the
   * element itself checks any value and reports what it rejects in `defus-info-error`.
   */
  config?: ForumConfig | undefined;
  'ondefus-info-load'?: (event: CustomEvent<DefusInfoLoadDetail>) => void;
  'ondefus-info-error'?: (event: CustomEvent<DefusInfoErrorDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'defus-info': DefusInfoProps;
    }
  }
}
