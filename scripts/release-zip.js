// What every CMS release zip needs: the built files present, a source folder read whole, and a zip
// whose bytes depend only on its files (sorted names, one fixed date).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * package.json's version, after checking that every place a release names (`found`: where → the
 * version written there) carries the same; `what` names the release in the error.
 */
export function checkedVersion(what, found) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const wrong = Object.entries(found).filter(([, value]) => value !== version);
  if (wrong.length) {
    throw new Error(
      `${what}'s version must be package.json's ${version}: ${wrong.map(([where, value]) => `${where} is ${value}`).join(', ')}`,
    );
  }
  return version;
}

/** Throws, naming the first one, when a file `npm run build` writes is missing. */
export function requireBuilt(
  paths = ['dist/defus-info.js', 'dist/ssr.js', 'dist/defus.config.json', 'dist/THIRD-PARTY-LICENSES.txt'],
) {
  for (const built of paths) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
}

/** Every file below `source`, by its path relative to it. */
export function readTree(source) {
  const files = {};
  const walk = (directory) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(source, path)] = readFileSync(path);
    }
  };
  walk(source);
  return files;
}

/** Writes `files` (path → text or bytes) as a zip at `path`, each under `prefix`. */
export function writeZip(path, files, prefix = '') {
  const entries = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    entries[`${prefix}${name}`] = [
      typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content),
      { mtime },
    ];
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, zipSync(entries, { level: 9 }));
  return path;
}
