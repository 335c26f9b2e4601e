// The card editor, "Die Karte Ihres Forums": a form with a field for every part of the config
// format, built with Lit templates (every text the editor typed is bound as text or as a property,
// never parsed as HTML). Each problem the card's validator finds shows at its field once the editor
// has left that field, or everywhere after opening a file or trying to save; the summary in the
// preview step lists all of them, each a link to its field.
import { html, nothing, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MAX_TEXT_LENGTH, type ConfigIssue } from '../src/config/validate.js';
import {
  configFileText,
  draftIssues,
  emptyDraft,
  emptyRow,
  MAX_ROWS,
  moveRow,
  OFFERED_LANGS,
  openConfig,
  ownName,
  type CardDraft,
  type FactRow,
  type LinkRow,
  type ListName,
  type ServiceRow,
  type Texts,
} from './card-draft.js';
import type { MessageKey } from './messages.js';

export interface EditorHost {
  t(this: void, key: MessageKey, values?: Record<string, string>): string;
  /** Something the config depends on changed by a button, not by typing: show it now. */
  changed(): void;
  download(name: string, text: string, type: string): void;
}

/** One problem as the preview step lists it: the field's name, what to do, and where the field is. */
export interface FieldProblem {
  fieldId: string | undefined;
  text: string;
}

type Row = ServiceRow | FactRow | LinkRow;

const LIST_PATH: Record<ListName, string> = { services: 'services.items', facts: 'facts', links: 'links' };
const ITEM_NAME: Record<ListName, MessageKey> = { services: 'serviceItem', facts: 'factItem', links: 'linkItem' };
const ADD_LABEL: Record<ListName, MessageKey> = { services: 'addService', facts: 'addFact', links: 'addLink' };
const LIST_LEGEND: Record<ListName, MessageKey> = { services: 'servicesLegend', facts: 'factsLegend', links: 'linksLegend' };

/** What a row says, in the first of the card's languages that has it: its offer, its fact's label, its link's text or address. */
function rowText(row: Row, langs: readonly string[]): string {
  const texts = 'text' in row ? row.text : row.label;
  const text = langs.map((lang) => texts[lang]?.trim()).find(Boolean);
  return text ?? ('href' in row ? row.href.trim() : '');
}

/** An id for a field from its place in the form; rows by their own id, so that a moved row keeps its ids. */
const idOf = (...parts: (string | number)[]): string => `card-${parts.join('-').replace(/[^A-Za-z0-9-]+/g, '_')}`;

export class CardEditor {
  draft: CardDraft;
  /** Fields (by config path) the editor has changed and left: their problems show. */
  private readonly touched = new Set<string>();
  private showAll = false;
  private status = '';
  private fileNotes: string[] = [];
  private issues: ConfigIssue[] = [];
  /** Each issue's field path, found in the rendered form: its own field, else the first field inside it. */
  private placed = new Map<ConfigIssue, string>();
  /** Each field's id and name, by config path, as the last render wrote them. */
  private fields = new Map<string, { id: string; label: string }>();

  constructor(
    private readonly root: HTMLElement,
    private readonly host: EditorHost,
    lang: string,
  ) {
    this.draft = emptyDraft(lang);
  }

  refresh(): void {
    this.issues = draftIssues(this.draft);
    this.fields.clear();
    render(this.template(), this.root);
    // Where each problem belongs is known once the fields are on the page; a second render shows it there.
    const paths = [...this.root.querySelectorAll<HTMLElement>('[data-path]')].map((element) => element.dataset.path ?? '');
    this.placed = new Map(
      this.issues.map((issue) => [
        issue,
        paths.find((path) => path === issue.path) ??
          paths.find((path) => path.startsWith(`${issue.path}.`) || path.startsWith(`${issue.path}[`)) ??
          '',
      ]),
    );
    this.fields.clear();
    render(this.template(), this.root);
  }

  /** Every problem, for the list in the preview step. */
  problems(): FieldProblem[] {
    return this.issues.map((issue) => {
      const field = this.fields.get(this.placed.get(issue) ?? '');
      const message = this.message(issue);
      return { fieldId: field?.id, text: field ? `${field.label}: ${message}` : message };
    });
  }

  async open(file: File): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      raw = undefined;
    }
    const opened = openConfig(raw, this.draft.langs[0] ?? 'en');
    if (!opened) {
      this.fileNotes = [this.host.t('fileNotConfig', { name: file.name })];
      this.status = '';
    } else {
      this.draft = opened.draft;
      this.fileNotes = [
        ...(opened.otherVersion ? [this.host.t('fileOtherVersion', { version: opened.otherVersion })] : []),
        ...(opened.unknownKeys.length ? [this.host.t('fileUnknownKeys', { keys: opened.unknownKeys.join(', ') })] : []),
      ];
      this.status = this.host.t('fileOpened', { name: file.name });
      this.showAll = true;
    }
    this.refresh();
    this.host.changed();
  }

  private save(): void {
    if (this.issues.length) {
      this.showAll = true;
      this.status = this.host.t('saveBlocked');
      this.refresh();
      const first = this.fields.get(this.placed.get(this.issues[0] as ConfigIssue) ?? '');
      if (first) document.getElementById(first.id)?.focus();
      return;
    }
    this.host.download('defus-info.config.json', configFileText(this.draft), 'application/json');
    this.status = this.host.t('saved');
    this.refresh();
  }

  private message(issue: ConfigIssue): string {
    const { t } = this.host;
    const { path, expected, found } = issue;
    if (expected.includes(`at most ${MAX_TEXT_LENGTH} characters`)) return t('errTooLong', { max: String(MAX_TEXT_LENGTH) });
    if (expected.startsWith('an absolute') || /\.href$/.test(path)) return t('errHref');
    if (expected.startsWith('at least')) return t(path === 'links' ? 'errNoLink' : 'errNoService');
    if (expected.startsWith('an array of at most')) return t('errTooMany', { max: String(MAX_ROWS) });
    const missing =
      found === 'nothing' || expected === 'a string with some text' || expected === 'a text in at least one language';
    if (missing) {
      if (path.startsWith('services.intro')) return t('errIntroEmpty');
      if (path.startsWith('office.')) return t('errPairEmpty');
      if (/^(services\.items|facts|links)\[/.test(path)) return t('errRowEmpty');
      return t('errNeeded');
    }
    return t('errOther', { expected });
  }

  private change(): void {
    this.refresh();
    this.host.changed();
  }

  private say(status: string): void {
    this.status = status;
  }

  /** The error shown at a field, if any; a field the editor has not left yet shows none. */
  private errorAt(path: string, buttonOf?: string): string | undefined {
    const issue = this.issues.find((candidate) => this.placed.get(candidate) === path);
    if (!issue) return undefined;
    if (!this.showAll && !this.touched.has(path) && !(buttonOf && this.touched.has(buttonOf))) return undefined;
    return this.message(issue);
  }

  /** Wires a field's label, hint and error for screen readers, and records its name for the problem list. */
  private describe(path: string, id: string, label: string, hintId?: string) {
    this.fields.set(path, { id, label });
    const error = this.errorAt(path);
    const describedBy = [error ? `${id}-error` : '', hintId ?? ''].filter(Boolean).join(' ');
    return {
      error,
      describedBy: describedBy || nothing,
      invalid: error ? ('true' as const) : ('false' as const),
      errorLine: error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing,
    };
  }

  private leave(path: string): void {
    if (this.touched.has(path)) return;
    this.touched.add(path);
    this.refresh();
  }

  /** One text field in every language of the card, under one legend. */
  private texts(
    texts: Texts,
    path: string,
    legend: string,
    options: {
      hint?: string;
      required?: boolean;
      multiline?: boolean;
      idBase?: string;
      /** A row's one text: the row's legend (its id here) names the field, no legend of its own. */
      bare?: string;
      /** The legend of the row the fields are in, named before the fields' own legend ("Fakt 1 Bezeichnung Deutsch"). */
      rowLegendId?: string;
      fullName?: string;
    } = {},
  ): TemplateResult {
    const { t } = this.host;
    const idBase = options.idBase ?? idOf(path);
    const hintId = options.hint ? `${idBase}-hint` : undefined;
    // Each field is named by its legend and its language ("Name Deutsch"), not by the language alone.
    const legendId = options.bare ?? `${idBase}-legend`;
    const namedBy = [options.rowLegendId, legendId].filter(Boolean).join(' ');
    const fields = this.draft.langs.map((lang) => {
      const fieldPath = `${path}.${lang}`;
      const id = `${idBase}-${lang.replace(/[^A-Za-z0-9]/g, '_')}`;
      const name = ownName(lang);
      const wired = this.describe(fieldPath, id, t('fieldIn', { field: options.fullName ?? legend, lang: name }), hintId);
      const onInput = (event: Event) => {
        texts[lang] = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
        this.refresh();
      };
      return html`<div class="lang-field">
          <label for="${id}" id="${id}-label"><span lang="${lang}">${name}</span></label>
          ${
            options.multiline
              ? html`<textarea
                id="${id}"
                lang="${lang}"
                rows="3"
                data-path="${fieldPath}"
                aria-labelledby="${namedBy} ${id}-label"
                .value="${texts[lang] ?? ''}"
                aria-describedby="${wired.describedBy}"
                aria-invalid="${wired.invalid}"
                @input="${onInput}"
                @change="${() => this.leave(fieldPath)}"
              ></textarea>`
              : html`<input
                type="text"
                id="${id}"
                lang="${lang}"
                data-path="${fieldPath}"
                aria-labelledby="${namedBy} ${id}-label"
                .value="${texts[lang] ?? ''}"
                aria-describedby="${wired.describedBy}"
                aria-invalid="${wired.invalid}"
                @input="${onInput}"
                @change="${() => this.leave(fieldPath)}"
              />`
          }
          ${wired.errorLine}
        </div>`;
    });
    // A list's row has its own legend ("Angebot 2"): its one text needs no second one.
    if (options.bare) return html`${fields}`;
    return html`<fieldset class="texts">
      <legend>
        <span id="${legendId}">${legend}</span>${options.required ? html` <span class="required">${t('required')}</span>` : nothing}
      </legend>
      ${options.hint && hintId ? html`<p class="hint" id="${hintId}">${options.hint}</p>` : nothing} ${fields}
    </fieldset>`;
  }

  /** A one-language field: a link's address, the name of the office's head. */
  private plain(
    value: string,
    path: string,
    id: string,
    /** The field's label, and its name in the problem list, where a row's label needs the row's name. */
    [label, fullName]: [string, string],
    set: (value: string) => void,
    hint?: string,
    rowLegendId?: string,
  ): TemplateResult {
    const hintId = hint ? `${id}-hint` : undefined;
    const wired = this.describe(path, id, fullName, hintId);
    return html`<div class="field">
      <label for="${id}" id="${id}-label">${label}</label>
      ${hint && hintId ? html`<p class="hint" id="${hintId}">${hint}</p>` : nothing}
      <input
        type="text"
        id="${id}"
        data-path="${path}"
        aria-labelledby="${rowLegendId ? `${rowLegendId} ${id}-label` : nothing}"
        spellcheck="false"
        autocapitalize="off"
        .value="${value}"
        aria-describedby="${wired.describedBy}"
        aria-invalid="${wired.invalid}"
        @input="${(event: Event) => {
          set((event.target as HTMLInputElement).value);
          this.refresh();
        }}"
        @change="${() => this.leave(path)}"
      />
      ${wired.errorLine}
    </div>`;
  }

  private rowControls(list: ListName, rows: Row[], index: number, itemName: string): TemplateResult {
    const { t } = this.host;
    const row = rows[index] as Row;
    const move = (by: -1 | 1) => {
      (this.draft[list] as Row[]) = moveRow(rows, index, by);
      const place = index + by;
      // Said by what the row holds (its number has just changed), else as "the entry".
      const content = rowText(row, this.draft.langs);
      this.say(t('rowMoved', { item: content ? t('quoted', { text: content }) : t('theEntry'), n: String(place + 1) }));
      this.change();
      // The row's own button, unless it reached the end of the list, where the other one stays usable.
      const edge = (by === -1 && place === 0) || (by === 1 && place === rows.length - 1);
      document.getElementById(idOf(list, row.id, edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'))?.focus();
    };
    const remove = () => {
      (this.draft[list] as Row[]) = rows.filter((candidate) => candidate !== row);
      this.touched.add(LIST_PATH[list]);
      const content = rowText(row, this.draft.langs);
      this.say(t('rowRemoved', { item: content ? t('quoted', { text: content }) : itemName }));
      this.change();
      // The row that took its place, else (the last row removed) the button that adds one.
      const next = this.draft[list][index];
      document.getElementById(next ? idOf(list, next.id, 'remove') : idOf(list, 'add'))?.focus();
    };
    const buttons: [string, MessageKey, MessageKey, boolean, () => void][] = [
      ['up', 'moveUp', 'moveUpLabel', index === 0, () => move(-1)],
      ['down', 'moveDown', 'moveDownLabel', index === rows.length - 1, () => move(1)],
      ['remove', 'remove', 'removeLabel', false, remove],
    ];
    return html`<div class="row-actions">
      ${buttons.map(
        ([name, text, label, disabled, action]) =>
          html`<button
            type="button"
            class="secondary small"
            id="${idOf(list, row.id, name)}"
            aria-label="${t(label, { item: itemName })}"
            ?disabled="${disabled}"
            @click="${action}"
          >
            ${t(text)}
          </button>`,
      )}
    </div>`;
  }

  private list<T extends Row>(
    list: ListName,
    rows: T[],
    item: (row: T, index: number, name: string) => TemplateResult,
  ): TemplateResult {
    const { t } = this.host;
    const path = LIST_PATH[list];
    const addId = idOf(list, 'add');
    const error = this.errorAt(path, path);
    this.fields.set(path, { id: addId, label: t(LIST_LEGEND[list]) });
    const full = rows.length >= MAX_ROWS;
    const add = () => {
      const row = emptyRow(list) as T;
      (this.draft[list] as Row[]) = [...rows, row];
      this.change();
      this.root.querySelector<HTMLElement>(`[data-row="${row.id}"] input`)?.focus();
    };
    return html`${
      rows.length
        ? html`<ol class="rows">
            ${repeat(
              rows,
              (row) => row.id,
              (row, index) => {
                const name = t(ITEM_NAME[list], { n: String(index + 1) });
                return html`<li data-row="${row.id}">
                  <fieldset class="row">
                    <legend id="${idOf(list, row.id, 'legend')}">${name}</legend>
                    ${item(row, index, name)} ${this.rowControls(list, rows, index, name)}
                  </fieldset>
                </li>`;
              },
            )}
          </ol>`
        : nothing
    }
      <p class="add-row">
        <button
          type="button"
          class="secondary"
          id="${addId}"
          data-path="${path}"
          aria-describedby="${[error ? `${addId}-error` : '', full ? `${addId}-full` : ''].filter(Boolean).join(' ') || nothing}"
          ?disabled="${full}"
          @click="${add}"
        >
          ${t(ADD_LABEL[list])}
        </button>
      </p>
      ${full ? html`<p class="hint" id="${addId}-full">${t('listFull', { max: String(MAX_ROWS) })}</p>` : nothing}
      ${error ? html`<p class="field-error" id="${addId}-error">${error}</p>` : nothing}`;
  }

  private languages(): TemplateResult {
    const { t } = this.host;
    const { draft } = this;
    const addable = OFFERED_LANGS.filter((lang) => !draft.langs.includes(lang)).sort((a, b) =>
      ownName(a).localeCompare(ownName(b)),
    );
    const add = () => {
      const select = document.getElementById('card-add-lang') as HTMLSelectElement | null;
      const lang = select?.value;
      if (!lang || draft.langs.includes(lang)) return;
      draft.langs = [...draft.langs, lang];
      this.say(t('langAdded', { lang: ownName(lang) }));
      this.change();
    };
    const remove = (lang: string) => {
      draft.langs = draft.langs.filter((candidate) => candidate !== lang);
      if (draft.defaultLang === lang) draft.defaultLang = draft.langs[0] as string;
      this.say(t('langRemoved', { lang: ownName(lang) }));
      this.change();
      document.getElementById('card-add-lang')?.focus();
    };
    return html`<fieldset class="langs">
      <legend>${t('langsLegend')}</legend>
      <p class="hint">${t('langsHint')}</p>
      <ul class="lang-list">
        ${draft.langs.map(
          (lang) =>
            html`<li>
              <span><span lang="${lang}">${ownName(lang)}</span> (${lang})</span>
              ${
                draft.langs.length > 1
                  ? html`<button
                    type="button"
                    class="secondary small"
                    aria-label="${t('removeLangLabel', { lang: ownName(lang) })}"
                    @click="${() => remove(lang)}"
                  >
                    ${t('removeLang')}
                  </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${
        addable.length
          ? html`<div class="field add-lang">
            <label for="card-add-lang">${t('addLangLabel')}</label>
            <div class="inline">
              <select id="card-add-lang">
                ${addable.map((lang) => html`<option value="${lang}" lang="${lang}">${ownName(lang)} (${lang})</option>`)}
              </select>
              <button type="button" class="secondary" id="card-add-lang-button" @click="${add}">${t('addLang')}</button>
            </div>
          </div>`
          : nothing
      }
      <div class="field">
        <label for="card-default-lang">${t('defaultLangLabel')}</label>
        <p class="hint" id="card-default-lang-hint">${t('defaultLangHint')}</p>
        <select
          id="card-default-lang"
          data-path="defaultLang"
          aria-describedby="card-default-lang-hint"
          @input="${(event: Event) => {
            draft.defaultLang = (event.target as HTMLSelectElement).value;
            this.refresh();
          }}"
        >
          ${draft.langs.map(
            (lang) =>
              html`<option value="${lang}" lang="${lang}" ?selected="${lang === draft.defaultLang}">${ownName(lang)} (${lang})</option>`,
          )}
        </select>
      </div>
    </fieldset>`;
  }

  private template(): TemplateResult {
    const { t } = this.host;
    const { draft } = this;
    return html`<h3 id="card-editor-heading">${t('editorHeading')}</h3>
      <p class="hint">${t('editorIntro')}</p>
      <div class="field">
        <p class="hint" id="card-open-hint">${t('openHint')}</p>
        <p class="file-row">
          <label class="button secondary" for="card-open-file"><span>${t('openConfig')}</span></label>
          <input
            type="file"
            id="card-open-file"
            accept=".json,application/json"
            class="file-input"
            aria-describedby="card-open-hint"
            @change="${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void this.open(file).finally(() => (input.value = ''));
            }}"
          />
        </p>
        ${this.fileNotes.map((note) => html`<p class="notice">${note}</p>`)}
      </div>
      ${this.languages()}
      ${this.texts(draft.name, 'name', t('nameLegend'), { hint: t('nameHint'), required: true })}
      ${this.texts(draft.shortName, 'shortName', t('shortNameLegend'), { hint: t('shortNameHint') })}
      ${this.texts(draft.summary, 'summary', t('summaryLegend'), { hint: t('summaryHint'), required: true, multiline: true })}
      ${this.texts(draft.description, 'description', t('descriptionLegend'), { hint: t('descriptionHint'), multiline: true })}
      <fieldset class="group">
        <legend>${t('servicesLegend')}</legend>
        <p class="hint">${t('servicesHint')}</p>
        ${this.texts(draft.servicesIntro, 'services.intro', t('servicesIntro'))}
        ${this.list('services', draft.services, (row, index, name) =>
          this.texts(row.text, `services.items[${index}]`, name, {
            idBase: idOf('services', row.id),
            bare: idOf('services', row.id, 'legend'),
          }),
        )}
      </fieldset>
      <fieldset class="group">
        <legend>${t('factsLegend')}</legend>
        <p class="hint">${t('factsHint')}</p>
        ${this.list(
          'facts',
          draft.facts,
          (row, index, name) =>
            html`${this.texts(row.label, `facts[${index}].label`, t('factLabel'), {
              idBase: idOf('facts', row.id, 'label'),
              rowLegendId: idOf('facts', row.id, 'legend'),
              fullName: `${name}: ${t('factLabel')}`,
            })}
            ${this.texts(row.value, `facts[${index}].value`, t('factValue'), {
              idBase: idOf('facts', row.id, 'value'),
              rowLegendId: idOf('facts', row.id, 'legend'),
              fullName: `${name}: ${t('factValue')}`,
            })}`,
        )}
      </fieldset>
      <fieldset class="group">
        <legend>${t('officeLegend')}</legend>
        ${this.texts(draft.officeCity, 'office.city', t('officeCity'))}
        ${this.plain(draft.leadName, 'office.lead.name', 'card-lead-name', [t('leadName'), t('leadName')], (value) => (draft.leadName = value))}
        ${this.texts(draft.leadRole, 'office.lead.role', t('leadRole'))}
      </fieldset>
      <fieldset class="group">
        <legend>${t('linksLegend')} <span class="required">${t('required')}</span></legend>
        <p class="hint">${t('linksHint')}</p>
        ${this.list(
          'links',
          draft.links,
          (row, index, name) =>
            html`${this.plain(
              row.href,
              `links[${index}].href`,
              idOf('links', row.id, 'href'),
              [t('linkHref'), `${name}: ${t('linkHref')}`],
              (value) => (row.href = value),
              t('linkHrefHint'),
              idOf('links', row.id, 'legend'),
            )}
            ${this.texts(row.label, `links[${index}].label`, t('linkLabel'), {
              idBase: idOf('links', row.id, 'label'),
              rowLegendId: idOf('links', row.id, 'legend'),
              fullName: `${name}: ${t('linkLabel')}`,
            })}
            <div class="choice">
              <input
                type="checkbox"
                id="${idOf('links', row.id, 'new-window')}"
                data-path="links[${index}].newWindow"
                .checked="${row.newWindow}"
                @input="${(event: Event) => {
                  row.newWindow = (event.target as HTMLInputElement).checked;
                  this.refresh();
                }}"
              />
              <label for="${idOf('links', row.id, 'new-window')}">${t('newWindow')}</label>
            </div>`,
        )}
      </fieldset>
      <div class="field">
        <p class="hint" id="card-save-hint">${t('saveHint')}</p>
        <div class="actions">
          <button type="button" id="download-config" aria-describedby="card-save-hint" @click="${() => this.save()}">
            ${t('saveConfig')}
          </button>
          <p id="card-editor-status" role="status">${this.status}</p>
        </div>
      </div>
      <details class="json">
        <summary>${t('showJson')}</summary>
        <p class="hint">${t('showJsonHint')}</p>
        <pre tabindex="0" role="region" aria-label="${t('showJson')}"><code id="card-json">${configFileText(draft)}</code></pre>
      </details>`;
  }
}
