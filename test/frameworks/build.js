// Builds the React and the Vue demo apps into test/frameworks/dist/ for test/frameworks.test.ts:
//   npm run build && node test/frameworks/build.js
// The apps import the BUILT dist/defus-info.js, so the package must be built first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

if (!existsSync(new URL('../../dist/defus-info.js', import.meta.url))) {
  console.error('test/frameworks/build.js: dist/defus-info.js is missing; run `npm run build` first.');
  process.exit(1);
}

await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), mode: 'production' });
