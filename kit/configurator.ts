// The release kit's configurator (kit/index.html): an editor's choices become a preview card, the
// problems it reports, and the snippet to paste, all computed here in the browser. The page
// holds the shipped module's own text (scripts/release.js puts it there): the preview runs those
// bytes, the integrity hash is taken from them, and the download hands them out. The snippet's
// pre-rendered card comes from the server renderer's own code (src/prerender.ts), bundled into this
// page, so it is the markup `defus-info render` writes for the same input (compared in test/kit/).
import { ATTRIBUTE_RULES } from '../src/card-options.js';
import builtinConfig from '../src/config/defus.config.json';
import { cardFor, jsonScriptData, recommendedSnippet, type Embed } from '../src/embed-markup.js';
import { prerender, STYLE_TEXT, type Prerendered } from '../src/prerender.js';
import { draftConfig } from './card-draft.js';
import { CardEditor, type FieldProblem } from './card-editor.js';
import { MESSAGES, pickUiLang, type MessageKey, type UiLang } from './messages.js';

/** What scripts/release.js writes into the page's #kit-data. */
interface KitData {
  version: string;
  /** dist/defus-info.js, the very text of the file in the kit. */
  module: string;
  /** Its integrity as release.js computed it from the file, to check the page's own against. */
  integrity: string;
}

const TYPING_PAUSE_MS = 250;

/** The built-in DEFUS card, or the card of the editor's own forum, written in the card editor. */
type Source = 'builtin' | 'own';

interface Choices {
  source: Source;
  configText: string;
  /** Empty: no `lang` attribute, the card follows the page. */
  lang: string;
  variant: string;
  theme: string;
  headingLevel: string;
  moduleUrl: string;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element as T;
}

const kit = JSON.parse(byId('kit-data').textContent ?? '') as KitData;

let uiLang: UiLang = pickUiLang(navigator.languages.length ? navigator.languages : [navigator.language]);

function t(key: MessageKey, values: Record<string, string> = {}): string {
  return MESSAGES[uiLang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const editor = new CardEditor(
  byId('card-editor'),
  {
    t,
    changed: () => {
      fillLanguages(readChoices());
      update();
    },
    download: (name, text, type) => download(name, text, type),
  },
  uiLang,
);

const checkedValue = (name: string): string =>
  document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

function readChoices(): Choices {
  return {
    source: checkedValue('source') as Source,
    configText: `${JSON.stringify(draftConfig(editor.draft), null, 2)}`,
    lang: byId<HTMLSelectElement>('card-lang').value,
    variant: checkedValue('variant'),
    theme: checkedValue('theme'),
    headingLevel: byId<HTMLSelectElement>('heading-level').value,
    moduleUrl: byId<HTMLInputElement>('module-url').value.trim(),
  };
}

/**
 * The languages a config's texts are written in: the keys of its `summary` when that is an object
 * of languages, else its `defaultLang`. Read from the config as given, not from a fixed list.
 */
export function configLanguages(config: unknown): string[] {
  if (typeof config !== 'object' || config === null) return [];
  const { summary, defaultLang } = config as { summary?: unknown; defaultLang?: unknown };
  if (typeof summary === 'object' && summary !== null && !Array.isArray(summary)) {
    return Object.keys(summary).filter((tag) => typeof (summary as Record<string, unknown>)[tag] === 'string');
  }
  return typeof defaultLang === 'string' ? [defaultLang] : [];
}

/** A language tag's name in the interface language, e.g. "Französisch (fr)". */
function languageName(tag: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
}

/** Refills the language list from the config, keeping the chosen language while the config has it. */
function fillLanguages(choices: Choices): void {
  const select = byId<HTMLSelectElement>('card-lang');
  const previous = select.value;
  const tags = choices.source === 'own' ? editor.draft.langs : configLanguages(builtinConfig);
  const options = [['', t('langPage')], ...tags.map((tag) => [tag, languageName(tag)])];
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const option = document.createElement('option');
      option.value = value ?? '';
      option.textContent = label ?? '';
      return option;
    }),
  );
  select.value = options.some(([value]) => value === previous) ? previous : '';
}

function toEmbed(choices: Choices): Embed {
  const attributes: [string, string][] = [];
  if (choices.lang) attributes.push(['lang', choices.lang]);
  for (const { property, attribute, fallback } of ATTRIBUTE_RULES) {
    if (choices[property] !== String(fallback)) attributes.push([attribute, choices[property]]);
  }
  const inlineJson = choices.source === 'own' ? `\n${jsonScriptData(choices.configText.trim())}\n` : undefined;
  return { attributes, inlineJson };
}

function prerenderFor(choices: Choices): Prerendered {
  return prerender({
    ...(choices.source === 'own' ? { configText: choices.configText } : {}),
    // "Language of the page": drawn in the content's default language, following the page once live.
    ...(choices.lang ? { lang: choices.lang } : { followPageLanguage: true }),
    variant: choices.variant as 'card',
    theme: choices.theme as 'light',
    headingLevel: Number(choices.headingLevel),
  });
}

const base64 = (bytes: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** `sha384-…`/`sha256-…` of a text's UTF-8 bytes, computed here; undefined where Web Crypto is missing (plain http). */
async function digest(algorithm: 'SHA-384' | 'SHA-256', text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const hash = await crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  return `${algorithm.toLowerCase().replace('-', '')}-${base64(hash)}`;
}

interface View {
  choices: Choices;
  embed: Embed;
  problems: FieldProblem[];
  rendered: Prerendered;
}

let view: View | undefined;
let moduleReady: Promise<void> | undefined;
let integrity: string | undefined;

/**
 * The problem list is a plain region, rebuilt as the editor types; screen readers hear only its
 * count, and only when the count changes, from a live region of its own.
 */
function announceCount(count: number): void {
  const status = byId('problems-count');
  const text = count === 0 ? t('noProblems') : t(count === 1 ? 'problemsOne' : 'problemsMany', { n: String(count) });
  if (status.textContent !== text) status.textContent = text;
}

function showProblems(shown: View): void {
  const region = byId('problems');
  region.classList.toggle('has-problems', shown.problems.length > 0);
  announceCount(shown.problems.length);
  if (!shown.problems.length) {
    const status = document.createElement('p');
    status.textContent = t('noProblems');
    region.replaceChildren(status);
    return;
  }
  const list = document.createElement('ul');
  for (const { text, fieldId } of shown.problems) {
    const item = document.createElement('li');
    if (fieldId) {
      const link = document.createElement('a');
      link.href = `#${fieldId}`;
      link.textContent = text;
      item.append(link);
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  const intro = document.createElement('p');
  intro.textContent = t('formProblems');
  region.replaceChildren(...(shown.choices.source === 'own' ? [intro] : []), list);
}

function showSnippet(text: string | undefined, unavailable?: string): void {
  const reason = byId('script-snippet-unavailable');
  byId('script-snippet-block').hidden = text === undefined;
  reason.hidden = unavailable === undefined;
  reason.textContent = unavailable ?? '';
  const code = byId('script-snippet');
  if (text !== undefined && code.textContent !== text) {
    code.textContent = text;
    byId('script-snippet-status').textContent = '';
  }
}

/** The CSP sources a snippet needs; none named where this browser cannot hash here (plain http). */
const cspNote = (styleHash: string | undefined): string =>
  styleHash ? t('cspNote', { sources: `script-src 'self'; style-src 'self' '${styleHash}'` }) : '';

/** The one snippet: the module's script tag and the pre-rendered card (see recommendedSnippet). */
async function showSnippets(shown: View): Promise<void> {
  const { choices, rendered } = shown;
  if (!choices.moduleUrl) return showSnippet(undefined, t('addressMissing'));
  if (!integrity) return;
  // A form with problems may still pre-render (a link without its text is left out), but the card
  // would not be the one the form shows as marked: no code until the marked entries are fixed.
  if (choices.source === 'own' && shown.problems.length) return showSnippet(undefined, t('formUnfinished'));
  // A refused config leaves no card to pre-render, and a card with its own config never shows DEFUS.
  if (!rendered.html) return showSnippet(undefined, t('prerenderedUnavailable'));
  // The CSP note first, so that the snippet never shows beside the sources of an earlier choice's snippet.
  const styleHash = await digest('SHA-256', STYLE_TEXT);
  if (shown !== view) return;
  byId('script-csp').textContent = cspNote(styleHash);
  showSnippet(recommendedSnippet(choices.moduleUrl, integrity, rendered.html));
}

/** Replaces the preview and everything derived from it with what the current choices say. */
function update(): void {
  const choices = readChoices();
  byId('card-editor').hidden = choices.source !== 'own';
  document.body.classList.toggle('own-card', choices.source === 'own');
  byId('preview-note').hidden = choices.lang !== '';
  const embed = toEmbed(choices);
  // An own card's problems are the form's, in the editor's language, each linked to its field.
  const own = choices.source === 'own';
  const shown: View = { choices, embed, problems: own ? editor.problems() : [], rendered: prerenderFor(choices) };
  view = shown;
  const card = cardFor(embed);
  if (!own) {
    card.addEventListener('defus-info-error', (event) => {
      shown.problems.push({ fieldId: undefined, text: (event as CustomEvent<{ message: string }>).detail.message });
      showProblems(shown);
    });
  }
  byId('preview').replaceChildren(card);
  showProblems(shown);
  // A module that failed to load has said so in place of the snippets (start()).
  moduleReady?.then(() => showSnippets(shown)).catch(() => undefined);
}

function translate(): void {
  document.documentElement.lang = uiLang;
  document.title = t('pageTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) {
    element.textContent = t(element.dataset.t as MessageKey, { version: kit.version });
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-t-label]')) {
    element.setAttribute('aria-label', t(element.dataset.tLabel as MessageKey));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.uiLang === uiLang));
  }
  editor.refresh();
  fillLanguages(readChoices());
  update();
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function copySnippet(button: HTMLButtonElement): Promise<void> {
  const code = byId(button.dataset.copies ?? '');
  const status = byId(button.dataset.status ?? '');
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = t('copied');
  } catch {
    getSelection()?.selectAllChildren(code);
    status.textContent = t('copyFailed');
  }
}

/** Defines <defus-info> from the kit's own module text, and takes its integrity from the same bytes. */
async function loadModule(): Promise<void> {
  const computed = await digest('SHA-384', kit.module);
  if (computed !== undefined && computed !== kit.integrity) {
    throw new Error(`integrity ${computed} differs from the kit's ${kit.integrity}`);
  }
  // Without Web Crypto (a plain-http server other than localhost), the hash release.js took of the file.
  integrity = computed ?? kit.integrity;
  const url = URL.createObjectURL(new Blob([kit.module], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function start(): void {
  for (const element of document.querySelectorAll('[data-version]')) element.textContent = kit.version;
  byId<HTMLInputElement>('module-url').value = `/defus-info/${kit.version}/defus-info.js`;
  let typing: ReturnType<typeof setTimeout> | undefined;
  document.querySelector('main')?.addEventListener('input', (event) => {
    clearTimeout(typing);
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'file') return;
    if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text')) {
      typing = setTimeout(() => {
        fillLanguages(readChoices());
        update();
      }, TYPING_PAUSE_MS);
      return;
    }
    if (target instanceof HTMLInputElement && target.name === 'source') fillLanguages(readChoices());
    update();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) {
    button.addEventListener('click', () => {
      uiLang = button.dataset.uiLang as UiLang;
      translate();
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copies]')) {
    button.addEventListener('click', () => void copySnippet(button));
  }
  byId('download-module').addEventListener('click', () => download('defus-info.js', kit.module, 'text/javascript'));
  moduleReady = loadModule().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    showSnippet(undefined, t('moduleFailed', { reason }));
    throw error;
  });
  translate();
}

start();
