// What the card's languages cost in bytes (issue 17), brotli at quality 11 as the budget counts:
// the built-in DEFUS texts and the word tables, each alone and as what they add to the bundled
// element. "Adds" is measured by bundling src/defus-info.ts with esbuild twice, once with the part
// cut down to German, English and French (what the card had before), and taking the difference:
// close to, not byte for byte, what they add to the Vite build in dist/.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const BEFORE = ['de', 'en', 'fr'];
const CONFIG = 'src/config/defus.config.json';
const TABLES = 'src/translations/index.ts';

/** The config with every per-language text cut down to `langs`. */
function configIn(config, langs) {
  const cut = (value) => {
    if (Array.isArray(value)) return value.map(cut);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    const perLanguage = entries.every(([key, text]) => typeof text === 'string' && /^[a-z]{2}$/.test(key));
    return Object.fromEntries(
      entries.filter(([key]) => !perLanguage || langs.includes(key)).map(([key, text]) => [key, cut(text)]),
    );
  };
  return cut(config);
}

/** The index of word tables with only `langs` imported. */
function tablesIn(source, langs) {
  return source
    .replace(/^import (\w+) from '\.\/\w+\.js';\n/gm, (line, name) => (langs.includes(name) ? line : ''))
    .replace(/TRANSLATIONS[^=]*= \{[^}]*\}/, (table) => table.replace(/\{[^}]*\}/, `{ ${langs.join(', ')} }`));
}

/** Brotli bytes of the element bundled and minified by esbuild, with some files' contents replaced. */
async function bundled(replacements = {}) {
  const result = await build({
    entryPoints: ['src/defus-info.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'replace',
        setup(context) {
          context.onLoad({ filter: /\.(json|ts)$/ }, (args) => {
            const key = Object.keys(replacements).find((path) => args.path.endsWith(path));
            if (!key) return undefined;
            return { contents: replacements[key], loader: key.endsWith('.json') ? 'json' : 'ts' };
          });
        },
      },
    ],
  });
  return brotli(result.outputFiles[0].text);
}

export async function languageBytes() {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const tables = readFileSync(TABLES, 'utf8');
  const langs = Object.keys(config.summary);
  const added = langs.filter((lang) => !BEFORE.includes(lang));
  const textsAlone = Object.fromEntries(langs.map((lang) => [lang, brotli(JSON.stringify(configIn(config, [lang])))]));
  const tablesSource = await build({
    entryPoints: [TABLES],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const full = await bundled();
  return {
    element: full,
    builtinTexts: {
      langs,
      /** Each language's texts alone, with the config's structure. */
      alone: textsAlone,
      all: brotli(JSON.stringify(config)),
      /** What the languages beyond de, en, fr add to the element. */
      added,
      adds: full - (await bundled({ [CONFIG]: JSON.stringify(configIn(config, BEFORE)) })),
    },
    wordTables: {
      count: (tables.match(/^import \w+ from/gm) ?? []).length,
      alone: brotli(tablesSource.outputFiles[0].text),
      /** What the tables beyond de, en, fr add to the element. */
      adds: full - (await bundled({ [TABLES]: tablesIn(tables, BEFORE) })),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bytes = await languageBytes();
  const { builtinTexts: texts, wordTables: tables } = bytes;
  console.log(`Element bundled by esbuild: ${bytes.element} B brotli.`);
  console.log(
    `Built-in DEFUS texts, ${texts.langs.length} languages: ${texts.all} B brotli as one config; alone per language: ${Object.entries(
      texts.alone,
    )
      .map(([lang, size]) => `${lang} ${size} B`)
      .join(', ')}. The ${texts.added.join(', ')} texts add ${texts.adds} B to the element.`,
  );
  console.log(
    `Word tables, ${tables.count} languages: ${tables.alone} B brotli alone; the ${tables.count - BEFORE.length} beyond ${BEFORE.join(', ')} add ${tables.adds} B to the element.`,
  );
}
