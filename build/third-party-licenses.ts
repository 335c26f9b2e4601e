import { readFile } from 'node:fs/promises';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

/** The folders of the npm packages a bundle holds code from, sorted. */
export function bundledPackageDirectories(bundle: OutputBundle): string[] {
  const packages = new Set<string>();
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    for (const id of Object.keys(chunk.modules)) {
      const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
      if (match?.[1]) packages.add(match[1]);
    }
  }
  return [...packages].sort();
}

/**
 * Lit is bundled into the module, and its BSD-3-Clause licence asks that its notice travel with
 * it: the module names its licence and Lit's in one comment (build/banner.ts), and
 * THIRD-PARTY-LICENSES.txt carries the full texts of every package the bundle holds code from,
 * found from the bundle itself.
 */
export function thirdPartyLicenses(): Plugin {
  return {
    name: 'defus-info:third-party-licenses',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const notices = [];
      for (const directory of bundledPackageDirectories(bundle)) {
        const packageJson = await readFile(`${directory}/package.json`, 'utf8');
        const manifest = JSON.parse(packageJson) as { name: string; version: string; license: string };
        const licence = await readFile(`${directory}/LICENSE`, 'utf8').catch(() => {
          this.error(`${manifest.name}: bundled, but it has no LICENSE file to ship with it`);
        });
        notices.push(`${manifest.name} ${manifest.version} (${manifest.license})\n\n${licence.trim()}\n`);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `dist/defus-info.js bundles code from these packages:\n\n${notices.join('\n---\n\n')}`,
      });
    },
  };
}
