// The embed-code configurator: a partner's choices become a live card, the problems it reports,
// and two snippets to paste. It checks nothing itself. The preview card is built exactly as the
// script-tag snippet describes it, so the messages listed are the ones the partner's page would
// print, and the pre-rendered snippet comes from the built server renderer (/api/prerender, served
// by scripts/dev-api.js). A relative import, not the bare 'defus-info' the demo page imports: the browser
// tests open this page too, and their server does not resolve that name to the sources as Vite does.
import '../src/defus-info.js';
import { BUILTIN } from '../src/config/builtin.js';
import { parseJson, validateLoaded } from '../src/config/load.js';
import { configLangs } from '../src/locale.js';
import { ATTRIBUTE_RULES } from '../src/card-options.js';
import { cardFor, escapeAttribute, escapeText, fallbackName, jsonScriptData, type Embed } from '../src/embed-markup.js';
import type { DefusInfo } from '../src/defus-info.js';
import type { Prerendered } from '../src/ssr.js';
import { version } from '../package.json';

/** The built module, whose SHA-384 the snippets carry: the file partners copy to their server. */
const BUILT_MODULE = '/dist/defus-info.js';
const PRERENDER_API = '/api/prerender';
const TYPING_PAUSE_MS = 250;

type ConfigSource = 'builtin' | 'json' | 'src';

interface Choices {
  source: ConfigSource;
  configText: string;
  src: string;
  /** Empty: no `lang` attribute, the card follows the page. */
  lang: string;
  variant: string;
  theme: string;
  headingLevel: string;
  moduleUrl: string;
}

/** The no-JavaScript link inside the snippet's card. */
interface Fallback {
  href: string;
  name: string;
}

type PrerenderResponse = Prerendered & { styleHash: string };

/** Everything shown for one set of choices; replaced whole when a choice changes. */
interface View {
  choices: Choices;
  embed: Embed;
  /** The card's messages, in the order it reported them. */
  problems: string[];
  /** The `src` the card is still loading; its verdict arrives as an event. */
  loadingSrc: string | undefined;
  /** Known once the card has rendered. */
  fallback: Fallback | undefined;
  prerendered: { card: PrerenderResponse } | { failure: string } | undefined;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`configurator.html has no #${id}`);
  return element as T;
}

const checkedValue = (name: string): string =>
  document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

function readChoices(): Choices {
  return {
    source: checkedValue('source') as ConfigSource,
    configText: byId<HTMLTextAreaElement>('config-json').value,
    src: byId<HTMLInputElement>('config-src').value.trim(),
    lang: checkedValue('lang'),
    variant: checkedValue('variant'),
    theme: checkedValue('theme'),
    headingLevel: byId<HTMLSelectElement>('heading-level').value,
    moduleUrl: byId<HTMLInputElement>('module-url').value.trim(),
  };
}

function toEmbed(choices: Choices): Embed {
  const attributes: [string, string][] = [];
  if (choices.lang) attributes.push(['lang', choices.lang]);
  // Defaults are left out, as the server renderer leaves them out: the card applies them anyway.
  for (const { property, attribute, fallback } of ATTRIBUTE_RULES) {
    if (choices[property] !== String(fallback)) attributes.push([attribute, choices[property]]);
  }
  if (choices.source === 'src' && choices.src) attributes.push(['src', choices.src]);
  // The preview card reads this very text, so a syntax error is reported at the position the
  // partner's page will report it.
  const inlineJson = choices.source === 'json' ? `\n${jsonScriptData(choices.configText.trim())}\n` : undefined;
  return { attributes, inlineJson };
}

/** The rendered card's contact link, named as its heading names the forum (short name first). */
function fallbackOf(card: DefusInfo): Fallback | undefined {
  const root = card.shadowRoot;
  const href = root?.querySelector('[part~="contact-link"]')?.getAttribute('href');
  const heading = root?.querySelector('[part~="heading"]');
  if (!href || !heading) return undefined;
  const short = heading.querySelector('[part~="short-name"]')?.textContent?.trim();
  const fullName = heading.cloneNode(true) as Element;
  fullName.querySelector('[part~="short-name"]')?.remove();
  // An element's textContent leaves out comments, such as Lit's part markers.
  const name = (fullName.textContent ?? '').trim();
  return { href, name: fallbackName(short, name) };
}

/** The card's snippet; without a fallback link when the config is refused, as there is no card to link to. */
function cardMarkup({ attributes, inlineJson }: Embed, fallback: Fallback | undefined): string {
  const start = `<defus-info${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
  const children = fallback ? [`  <a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.name)}</a>`] : [];
  if (inlineJson !== undefined) children.unshift(`  <script type="application/json">${inlineJson}</script>`);
  return [start, ...children, '</defus-info>'].join('\n');
}

async function sha384Base64(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}: ${await response.text()}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return btoa(String.fromCharCode(...digest));
}

let moduleIntegrity: { hash: string } | { failure: string } | undefined;

/** The module's script tag, or why there is none yet. */
function moduleScript(choices: Choices): { tag: string } | { missing: string } | undefined {
  if (!choices.moduleUrl) return { missing: 'Enter the URL of defus-info.js on your server to get a snippet.' };
  if (!moduleIntegrity) return undefined;
  if ('failure' in moduleIntegrity) return { missing: `Cannot compute the integrity hash: ${moduleIntegrity.failure}` };
  return {
    tag: `<script type="module" src="${escapeAttribute(choices.moduleUrl)}" integrity="sha384-${moduleIntegrity.hash}" crossorigin="anonymous"></script>`,
  };
}

/** Shows a snippet, or instead of it the reason there is none. */
function showSnippet(name: 'script-snippet' | 'prerendered-snippet', text: string | undefined, unavailable?: string): void {
  const code = byId(name);
  const reason = byId(`${name}-unavailable`);
  byId(`${name}-block`).hidden = text === undefined;
  reason.hidden = unavailable === undefined;
  reason.textContent = unavailable ?? '';
  if (text !== undefined && code.textContent !== text) {
    code.textContent = text;
    // "Copied" spoke of the previous text.
    byId(`${name}-status`).textContent = '';
  }
}

let view: View | undefined;

function showProblems(): void {
  if (!view) return;
  const region = byId('problems');
  region.classList.toggle('has-problems', view.problems.length > 0);
  if (view.problems.length) {
    const list = document.createElement('ul');
    for (const message of view.problems) {
      const item = document.createElement('li');
      item.textContent = message;
      list.append(item);
    }
    region.replaceChildren(list);
    return;
  }
  const status = document.createElement('p');
  status.textContent = view.loadingSrc
    ? `Loading ${view.loadingSrc} …`
    : view.choices.source === 'src' && !view.choices.src
      ? 'No URL yet: the card shows the built-in DEFUS card.'
      : 'No problems.';
  region.replaceChildren(status);
}

function showScriptSnippet(): void {
  if (!view) return;
  const script = moduleScript(view.choices);
  if (!script) return;
  if ('missing' in script) return showSnippet('script-snippet', undefined, script.missing);
  showSnippet('script-snippet', `${script.tag}\n${cardMarkup(view.embed, view.fallback)}`);
}

function showPrerenderedSnippet(): void {
  if (!view) return;
  const needsJson = view.choices.source === 'src';
  byId('prerender-needs-json').hidden = !needsJson;
  if (needsJson) return showSnippet('prerendered-snippet', undefined);
  // Until the renderer answers, the previous choices' snippet must not be there to copy.
  if (!view.prerendered) return showSnippet('prerendered-snippet', undefined, 'Pre-rendering the card …');
  if ('failure' in view.prerendered) return showSnippet('prerendered-snippet', undefined, view.prerendered.failure);
  if (view.choices.source === 'json' && view.prerendered.card.source !== 'inline') {
    // The renderer fell back to the built-in card, as the element would: not a snippet for this config.
    return showSnippet(
      'prerendered-snippet',
      undefined,
      'The card cannot use this config (see the problems above), so there is nothing to pre-render yet.',
    );
  }
  const script = moduleScript(view.choices);
  if (!script) return;
  if ('missing' in script) return showSnippet('prerendered-snippet', undefined, script.missing);
  byId('csp-style-src').textContent = `style-src 'self' ${view.prerendered.card.styleHash}`;
  showSnippet('prerendered-snippet', `${script.tag}\n${view.prerendered.card.html}`);
}

let prerenderRequest: AbortController | undefined;

async function prerender(shown: View): Promise<void> {
  prerenderRequest?.abort();
  if (shown.choices.source === 'src') return;
  const controller = new AbortController();
  prerenderRequest = controller;
  const { choices, embed } = shown;
  // The element's inputs, as the server renderer takes them (PrerenderOptions in src/ssr.ts).
  const options: { configText?: string; lang?: string; variant: string; theme: string; headingLevel: number } = {
    variant: choices.variant,
    theme: choices.theme,
    headingLevel: Number(choices.headingLevel),
  };
  if (embed.inlineJson !== undefined) options.configText = embed.inlineJson;
  if (choices.lang) options.lang = choices.lang;
  try {
    const response = await fetch(PRERENDER_API, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(options),
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`${PRERENDER_API} answered HTTP ${response.status}: ${await response.text()}`);
    shown.prerendered = { card: (await response.json()) as PrerenderResponse };
  } catch (error) {
    if (controller.signal.aborted) return;
    shown.prerendered = { failure: `Cannot pre-render the card: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (shown === view) showPrerenderedSnippet();
}

/** The languages of the config the choices describe; a `src` config's are not known before it loads. */
function configLanguages(): string[] {
  if (checkedValue('source') !== 'json') return configLangs(BUILTIN);
  const { config } = validateLoaded(parseJson(byId<HTMLTextAreaElement>('config-json').value));
  return config ? configLangs(config) : [];
}

/**
 * Offers one language choice per language the config has (any BCP 47 tag), each named in its own
 * language with Intl.DisplayNames. Rebuilt only when the list changes, so focus stays where it is;
 * a chosen language the new config lacks falls back to the page's.
 */
function offerLanguages(): void {
  const langs = configLanguages();
  const box = byId('lang-choices');
  if (box.dataset.langs === langs.join()) return;
  box.dataset.langs = langs.join();
  const chosen = checkedValue('lang');
  box.replaceChildren(
    ...langs.map((tag) => {
      const choice = Object.assign(document.createElement('div'), { className: 'choice' });
      const input = Object.assign(document.createElement('input'), {
        type: 'radio',
        name: 'lang',
        id: `lang-${tag}`,
        value: tag,
      });
      input.checked = tag === chosen;
      const label = Object.assign(document.createElement('label'), { htmlFor: input.id });
      const name = Object.assign(document.createElement('span'), { lang: tag, textContent: nativeName(tag) });
      label.append(name, ' (', Object.assign(document.createElement('code'), { textContent: tag }), ')');
      choice.append(input, label);
      return choice;
    }),
  );
  if (!langs.includes(chosen)) byId<HTMLInputElement>('lang-page').checked = true;
}

function nativeName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Replaces the preview card and everything derived from it with what the current choices say. */
function update(): void {
  offerLanguages();
  const choices = readChoices();
  byId('json-field').hidden = choices.source !== 'json';
  byId('src-field').hidden = choices.source !== 'src';
  byId('lang-note').hidden = choices.lang !== '';

  const embed = toEmbed(choices);
  const card = cardFor(embed);
  const shown: View = {
    choices,
    embed,
    problems: [],
    loadingSrc: choices.source === 'src' && choices.src ? choices.src : undefined,
    fallback: undefined,
    prerendered: undefined,
  };
  // Listening before the card is connected: it reports an inline config's problems while it is
  // appended, and a `src` config's when the answer comes. A replaced card is disconnected, which
  // aborts its request, so no late answer of an old card arrives here.
  card.addEventListener('defus-info-error', (event) => {
    shown.problems.push(event.detail.message);
    if (event.detail.source === 'src') shown.loadingSrc = undefined;
    showProblems();
    // A refused config shows no card (the partner's fallback instead): the snippet still follows.
    showScriptSnippet();
  });
  card.addEventListener('defus-info-load', (event) => {
    if (event.detail.source === 'src') shown.loadingSrc = undefined;
    shown.fallback = fallbackOf(card);
    showProblems();
    showScriptSnippet();
  });
  view = shown;
  byId('preview').replaceChildren(card);
  showProblems();
  showPrerenderedSnippet();
  void prerender(shown);
}

let typing: ReturnType<typeof setTimeout> | undefined;

function onInput(event: Event): void {
  clearTimeout(typing);
  const typed =
    event.target instanceof HTMLTextAreaElement || (event.target instanceof HTMLInputElement && event.target.type !== 'radio');
  // A card per keystroke would flash and spam the problem list with half-typed JSON.
  if (typed) typing = setTimeout(update, TYPING_PAUSE_MS);
  else update();
}

async function copySnippet(button: HTMLButtonElement): Promise<void> {
  const code = byId(button.dataset.copies ?? '');
  const status = byId(button.dataset.status ?? '');
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = 'Copied.';
  } catch {
    // Refused (permissions, an insecure origin, an older browser): let the reader copy by hand.
    getSelection()?.selectAllChildren(code);
    status.textContent = 'Your browser did not let this page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

document.querySelector('main')?.addEventListener('input', onInput);
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copies]')) {
  button.addEventListener('click', () => void copySnippet(button));
}
byId('use-json').addEventListener('click', () => {
  byId<HTMLInputElement>('source-json').checked = true;
  update();
  byId('config-json').focus();
});

async function hashBuiltModule(): Promise<void> {
  try {
    moduleIntegrity = { hash: await sha384Base64(BUILT_MODULE) };
  } catch (error) {
    moduleIntegrity = { failure: error instanceof Error ? error.message : String(error) };
  }
  showScriptSnippet();
  showPrerenderedSnippet();
}

// The recommended place, as the release kit's configurator suggests: a folder named after the version.
byId<HTMLInputElement>('module-url').value = `/defus-info/${version}/defus-info.js`;
update();
void hashBuiltModule();
