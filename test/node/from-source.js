// Node 20 cannot import TypeScript. The node tests that check the widget's pure modules bundle
// them from the sources on the fly with esbuild (a dev dependency), so they always test the code
// as it is now, with no build step and no copy to keep in step. Packages stay imports of their
// own: the bundle is written into node_modules/.cache, where Node resolves them as usual.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = new URL('../../', import.meta.url);

/**
 * The named exports of the given source files (paths from the repository root), bundled into one
 * ES module and imported. JSON imports work as in the browser tests.
 * @param {string[]} files
 * @returns {Promise<Record<string, any>>}
 */
export async function importFromSource(files) {
  const cache = new URL('node_modules/.cache/', ROOT);
  await mkdir(cache, { recursive: true });
  const directory = await mkdtemp(new URL('defus-info-node-test-', cache).pathname);
  try {
    const result = await build({
      stdin: {
        contents: files.map((file) => `export * from ${JSON.stringify(`./${file}`)};`).join('\n'),
        resolveDir: new URL('.', ROOT).pathname,
        loader: 'ts',
      },
      bundle: true,
      packages: 'external',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const file = `${directory}/bundle.js`;
    await writeFile(file, result.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
