// The widget first: <defus-info> must be defined before React creates one, so that React sees its
// `config` property and sets the object as that property (for an undefined element React would
// write `config="[object Object]"` as an attribute instead). `defus-info/react` is the module plus
// the JSX typing of <defus-info>.
import 'defus-info/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

/** Renders the app into `container`; returns a function that unmounts it. */
export function mount(container: HTMLElement): () => void {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return () => root.unmount();
}
