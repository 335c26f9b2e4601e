/**
 * `defus-info render [config.json] [flags]`: a pre-rendered card for static sites and CMS
 * templates, on standard output. Exit codes: 0 rendered; 1 an unexpected failure; 2 a bad
 * command line or config file (the card is then not written).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import { asciiOnly } from './embed-markup.js';
import { canonicalTag, HEADING_LEVELS, prerender, STYLE_HASH, THEMES, VARIANTS, type PrerenderOptions } from './ssr.js';

/** Flags and their descriptions in two columns, the descriptions starting at one column whatever the flags' lengths. */
function optionTable(rows: [flag: string, description: string][]): string {
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`).join('\n');
}

const USAGE = `Usage: defus-info render [config.json | -] [options]
       defus-info style-hash

render      Writes <defus-info> with its card pre-rendered (declarative shadow DOM) to standard
            output: readable before the module loads or without JavaScript, and no layout shift
            when the module takes over. Without a config file, the built-in DEFUS card; "-" reads
            the config from standard input. Load the module on the same page to make it live.
style-hash  Prints the CSP source expression that allows the card's <style> under a policy
            without 'unsafe-inline', e.g. style-src 'self' ${STYLE_HASH}

Options:
${optionTable([
  ['--lang <tag>', "Language of the card, any BCP 47 tag (de, it, nl-BE, pt-BR): the config's nearest (default: its default)"],
  [`--variant <${VARIANTS.join('|')}>`, 'Full card (default) or name, summary and links only'],
  [`--theme <${THEMES.join('|')}>`, 'Colours (default: light)'],
  [
    `--heading-level <${HEADING_LEVELS[0]}-${HEADING_LEVELS[HEADING_LEVELS.length - 1]}>`,
    "Level of the card's heading (default: 2)",
  ],
  ['-h, --help', 'This text'],
  ['-v, --version', 'The version'],
])}

Example: npx defus-info render forum.json --lang en --variant compact > card.html`;

/** A mistake in how the command was called or in what it was given: exit code 2. */
class UsageError extends Error {}

function oneOf<T extends string | number>(
  flag: string,
  value: string | undefined,
  valid: readonly T[],
  parse: (raw: string) => T,
): T | undefined {
  if (value === undefined) return undefined;
  const parsed = parse(value);
  if (!valid.includes(parsed)) throw new UsageError(`--${flag}: expected one of ${valid.join(', ')}, found "${value}".`);
  return parsed;
}

async function readConfigText(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

/** Runs the command line `args` (without `node` and the script); resolves the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        variant: { type: 'string' },
        theme: { type: 'string' },
        'heading-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      io.stdout(`${version}\n`);
      return 0;
    }
    const [command, file, ...extra] = positionals;
    if (command === 'style-hash') {
      if (file !== undefined) throw new UsageError(`style-hash takes no arguments, found "${file}".`);
      io.stdout(`${STYLE_HASH}\n`);
      return 0;
    }
    if (command !== 'render')
      throw new UsageError(
        command === undefined ? 'Missing the command: render or style-hash.' : `Unknown command "${command}".`,
      );
    if (extra.length) throw new UsageError(`Expected at most one config file, found ${positionals.length - 1}.`);

    const options: PrerenderOptions = {};
    const lang = values.lang;
    if (lang !== undefined && canonicalTag(lang) === undefined)
      throw new UsageError(`--lang: expected a BCP 47 language tag such as de, it, nl-BE or pt-BR, found "${lang}".`);
    const variant = oneOf('variant', values.variant, VARIANTS, (raw) => raw as (typeof VARIANTS)[number]);
    const theme = oneOf('theme', values.theme, THEMES, (raw) => raw as (typeof THEMES)[number]);
    const headingLevel = oneOf(
      'heading-level',
      values['heading-level'],
      HEADING_LEVELS,
      (raw) => Number(raw) as (typeof HEADING_LEVELS)[number],
    );
    if (lang) options.lang = lang;
    if (variant) options.variant = variant;
    if (theme) options.theme = theme;
    if (headingLevel) options.headingLevel = headingLevel;
    if (file !== undefined) {
      options.configText = await readConfigText(file, io.stdin);
      options.configSource = file === '-' ? 'standard input' : file;
    }

    const card = prerender(options);
    for (const warning of card.warnings) io.stderr(`${warning}\n`);
    if (file !== undefined && card.source !== 'inline') {
      throw new UsageError(`${options.configSource}: the card cannot use this config (see above); nothing written.`);
    }
    // ASCII only: the file reads the same in any page, and served alone without a charset.
    io.stdout(`${asciiOnly(card.html)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`defus-info: ${(error as Error).message}\nRun "defus-info --help" for usage.\n`);
      return 2;
    }
    io.stderr(`defus-info: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
