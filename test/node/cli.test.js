// The command line as partners run it: the built bin/defus-info.js in a child process, with
// files on disk, standard input and exit codes. (Its output in a browser: test/prerender.test.ts.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/defus-info.js', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/example-forum.config.json', import.meta.url));
const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

/** Runs the command; resolves its exit code and what it wrote. */
function cli(args, stdin) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** The card's text as a browser reads it: the command writes every non-ASCII character as a reference. */
const readable = (html) => html.replace(/&#x([0-9A-F]+);/g, (_, code) => String.fromCodePoint(parseInt(code, 16)));

const directory = await mkdtemp(join(tmpdir(), 'defus-info-cli-'));
async function file(name, text) {
  const path = join(directory, name);
  await writeFile(path, text);
  return path;
}

describe('defus-info render', () => {
  it('writes the built-in DEFUS card, pre-rendered, in German by default', async () => {
    const { code, stdout, stderr } = await cli(['render']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^<defus-info lang="de"><template shadowrootmode="open"><style>:host\{/);
    assert.match(readable(stdout), /Deutsch-Europäisches Forum für Urbane Sicherheit e\. V\./);
    assert.match(stdout, /<a part="contact-link" class="contact-link" href="https:\/\/www\.defus\.de"/);
    assert.match(readable(stdout), /<\/template><a href="https:\/\/www\.defus\.de">DEFUS – Deutsch-Europäisches Forum/);
    assert.doesNotMatch(stdout, /lit-part|<\?lit/, 'no hydration markers: the element does not hydrate');
    assert.doesNotMatch(stdout, /application\/json/, 'the built-in card needs no inline config');
    assert.ok(stdout.endsWith('</defus-info>\n'));
  });

  it('takes every attribute as a flag and writes it on the element', async () => {
    const { code, stdout } = await cli([
      'render',
      '--lang',
      'en',
      '--variant',
      'compact',
      '--theme',
      'dark',
      '--heading-level',
      '3',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /^<defus-info lang="en" variant="compact" theme="dark" heading-level="3">/);
    assert.match(stdout, /class="card compact dark"/);
    assert.match(stdout, /<h3 id="heading"/);
    assert.match(stdout, /German-European Forum for Urban Security/);
    assert.doesNotMatch(stdout, /part="services"/, 'compact: no services');
  });

  it('renders a config file, and carries it inline so the element shows the same card', async () => {
    const { code, stdout, stderr } = await cli(['render', FIXTURE, '--lang', 'fr']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(readable(stdout), /Forum exemple pour la sécurité urbaine/);
    const inline = /<script type="application\/json">(.*?)<\/script>/.exec(stdout);
    assert.ok(inline, 'inline config');
    assert.equal(JSON.parse(inline[1]).shortName, 'EFUS-X');
  });

  it('reads the config from standard input with "-"', async () => {
    const { code, stdout } = await cli(['render', '-', '--lang', 'en'], await readFile(FIXTURE, 'utf8'));
    assert.equal(code, 0);
    assert.match(stdout, /Example Forum for Urban Security/);
  });

  it('prints the element’s warnings for a config it can partly use, and renders what it can', async () => {
    const config = JSON.parse(await readFile(FIXTURE, 'utf8'));
    config.facts[0].value = 42;
    config.colour = 'red';
    const path = await file('partly.json', JSON.stringify(config));
    const { code, stdout, stderr } = await cli(['render', path]);
    assert.equal(code, 0);
    assert.deepEqual(
      stderr.trim().split('\n').sort(),
      [
        `<defus-info> config from ${path} at colour: expected one of the keys $schema, version, defaultLang, name, shortName, summary, description, services, facts, office, links, found unknown key "colour".`,
        `<defus-info> config from ${path} at facts[0].value: expected a string, or an object of strings by language tag, found number 42.`,
      ].sort(),
    );
    assert.match(stdout, /Example Forum for Urban Security/);
    assert.doesNotMatch(stdout, /Members/, 'the broken fact is left out');
  });

  for (const [what, args, stdin, message] of [
    ['an unknown flag', ['render', '--colour', 'red'], '', /Unknown option '--colour'/],
    [
      'a malformed language tag',
      ['render', '--lang', 'italiano'],
      '',
      /--lang: expected a BCP 47 language tag such as de, it, nl-BE or pt-BR, found "italiano"\./,
    ],
    ['an unknown variant', ['render', '--variant', 'wide'], '', /--variant: expected one of card, compact, found "wide"\./],
    [
      'a heading level out of range',
      ['render', '--heading-level', '7'],
      '',
      /--heading-level: expected one of 1, 2, 3, 4, 5, 6, found "7"\./,
    ],
    ['no command', [], '', /Missing the command: render or style-hash\./],
    ['an unknown command', ['draw'], '', /Unknown command "draw"\./],
    ['an argument to style-hash', ['style-hash', 'card.html'], '', /style-hash takes no arguments, found "card\.html"\./],
    ['two config files', ['render', 'a.json', 'b.json'], '', /Expected at most one config file, found 2\./],
    [
      'a missing file',
      ['render', join(directory, 'missing.json')],
      '',
      /missing\.json: cannot read the config file \(ENOENT\)\./,
    ],
    [
      'malformed JSON',
      ['render', '-'],
      '{"name": ',
      /<defus-info> config from standard input: expected valid JSON, found a syntax error \(/,
    ],
    [
      'a config the card cannot use',
      ['render', '-'],
      '{"name": "No summary, no links"}',
      /standard input: the card cannot use this config \(see above\); nothing written\./,
    ],
  ]) {
    it(`exits with 2 on ${what}, says why, and writes no card`, async () => {
      const { code, stdout, stderr } = await cli(args, stdin);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Run "defus-info --help" for usage\.\n$/);
    });
  }

  it('names each problem of an unusable config before refusing it', async () => {
    const { stderr } = await cli(['render', '-'], '{"name": "No summary, no links"}');
    assert.match(
      stderr,
      /^<defus-info> config from standard input at defaultLang: expected a BCP 47 language tag of at most 64 characters, such as "it", "nl-BE" or "pt-BR", found nothing\.$/m,
    );
    assert.match(
      stderr,
      /^<defus-info> config from standard input at summary: expected a string, or an object of strings by language tag, found nothing\.$/m,
    );
    assert.match(stderr, /^<defus-info> config from standard input at links: expected /m);
  });
});

describe('defus-info render output, served without a charset', () => {
  it("is ASCII only, and reads as the renderer's markup: text by character references, the inline config by JSON escapes", async () => {
    const { prerender } = await import('../../dist/ssr.js');
    const config = await readFile(FIXTURE, 'utf8');
    for (const [args, options] of [
      [['render'], {}],
      [['render', FIXTURE, '--lang', 'fr'], { configText: config, configSource: FIXTURE, lang: 'fr' }],
    ]) {
      const { code, stdout } = await cli(args);
      assert.equal(code, 0);
      const bytes = Buffer.from(stdout, 'utf8');
      assert.ok(
        bytes.every((byte) => byte < 0x80),
        'every byte ASCII: windows-1252, latin-1 and UTF-8 read it alike',
      );
      const expected = prerender(options).html;
      const script = /<script type="application\/json">(.*?)<\/script>/s;
      assert.equal(readable(stdout.replace(script, '')), `${expected.replace(script, '')}\n`);
      if (options.configText) assert.deepEqual(JSON.parse(script.exec(stdout)[1]), JSON.parse(script.exec(expected)[1]));
    }
  });
});

describe('defus-info help, version and style-hash', () => {
  it('--help shows usage with every flag and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    assert.equal(code, 0);
    for (const flag of ['--lang', '--variant', '--theme', '--heading-level', 'style-hash'])
      assert.ok(stdout.includes(flag), flag);
  });

  it('--help lines the option descriptions up in one column', async () => {
    const { stdout } = await cli(['--help']);
    const options = stdout.split('Options:\n')[1].split('\n\n')[0].split('\n');
    assert.equal(options.length, 6);
    const columns = options.map((line) => /^ {2}\S.*?\S {2,}(?=\S)/.exec(line)?.[0].length);
    assert.equal(new Set(columns).size, 1, options.join('\n'));
  });

  it('--version prints the package version', async () => {
    assert.deepEqual(await cli(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('style-hash prints the CSP source for the card’s inline style, which matches it', async () => {
    const { createHash } = await import('node:crypto');
    const { code, stdout } = await cli(['style-hash']);
    assert.equal(code, 0);
    const card = (await cli(['render'])).stdout;
    const style = /<style>(.*?)<\/style>/s.exec(card)[1];
    assert.equal(stdout, `'sha256-${createHash('sha256').update(style).digest('base64')}'\n`);
  });
});
