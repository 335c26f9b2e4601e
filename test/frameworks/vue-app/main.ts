// The widget first, so <defus-info> is defined before Vue creates one.
import 'defus-info';
import { createApp } from 'vue';
import App from './App.vue';

/** Mounts the app into `container`; returns a function that unmounts it. */
export function mount(container: HTMLElement): () => void {
  const app = createApp(App);
  app.mount(container);
  return () => app.unmount();
}
