// The demo imports the sources, as an npm user imports the package; `npm start` serves it with Vite.
import 'defus-info';

// Show the partner example's CSS exactly as the page applies it, from the one <style> element.
for (const code of document.querySelectorAll<HTMLElement>('code[data-source]')) {
  const source = document.getElementById(code.dataset.source ?? '');
  code.textContent = (source?.textContent ?? '')
    .replace(/^\n/, '')
    .replace(/^ {10}/gm, '')
    .trimEnd();
}
