import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const SCHEMA_FILE = 'defus-info.schema.json';

/**
 * Ships the config contract beside the module: the JSON Schema, and the built-in DEFUS config as
 * the template partners copy, pointing at the schema so that editors check and complete it.
 */
export function emitConfigContract(): Plugin {
  return {
    name: 'defus-info:emit-config-contract',
    apply: 'build',
    async generateBundle() {
      const read = (name: string) => readFile(new URL(`../src/config/${name}`, import.meta.url), 'utf8');
      const config = JSON.parse(await read('defus.config.json')) as Record<string, unknown>;
      const withSchema = { $schema: `./${SCHEMA_FILE}`, ...config };
      this.emitFile({ type: 'asset', fileName: 'defus.config.json', source: `${JSON.stringify(withSchema, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: SCHEMA_FILE, source: await read(SCHEMA_FILE) });
    },
  };
}
