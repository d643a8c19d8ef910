import {
  BUILT_IN_TAGS,
  countyByCode,
  describeRules,
  municipalityByCode,
  parseOrganisationNumber,
  resolveLanguage,
  toListing,
  validateAgreement,
  type Agreement,
  type EditorSection,
  type EditorText,
  type Issue,
  type Severity,
  type ValidationResult,
} from '@samverkan/core';
import { editor as enWords } from '@samverkan/core/locales/en/editor';
import { editor as svWords } from '@samverkan/core/locales/sv/editor';
import '@samverkan/elements/define/area-list';
import '@samverkan/elements/define/principles';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { SamverkanSaveEvent } from '../../events.js';
import { blankAgreement } from '../../internal/blank.js';
import { checkRows, CSV_FIELDS, guessColumns, parseCsv, type ColumnMap, type CsvField, type CsvRow } from '../../internal/csv.js';
import { clearDraft, loadDraft, saveDraft } from '../../internal/draft.js';
import { getIn, moveAt, pathKey, removeAt, setIn } from '../../internal/edit.js';
import { History } from '../../internal/history.js';
import { agreementSchema, defaultFor, discriminator, isLocalizedText, isObject, pickVariant, schemaAt, variantsOf, type JsonSchema, type Path } from '../../internal/schema.js';
import { otherKeys, SECTION_KEYS, SECTIONS, sectionOf } from '../../internal/sections.js';
import { styles } from './agreement-editor.styles.js';

/**
 * An agreement the start page offers to begin from: a name to show and the address of its
 * agreement.json (fetched only when the person chooses it).
 *
 * @example
 * ```ts
 * const example: EditorExample = { name: 'Exempel: Lund (fiktiv)', src: '/examples/other-kommun/agreement.json' };
 * ```
 */
export interface EditorExample {
  name: string;
  src: string;
}

/** Texts written as paragraphs rather than one line. */
const LONG = new Set(['description', 'vision', 'purpose', 'definition', 'text', 'reason', '$comment', 'note']);
/** The form controls a person types or chooses in (a CSS selector). */
const CONTROLS = 'input, select, textarea';
/** How long typing may pause before the agreement is checked again, in milliseconds. */
const CHECK_DELAY = 250;

interface CsvState {
  file: string;
  rows: string[][];
  headerRow: boolean;
  map: ColumnMap;
  joinedDate: string;
  checked?: CsvRow[];
  /** Rows kept back after an import: the ones with problems, shown until added or corrected. */
  kept?: CsvRow[];
  message?: string;
}

/**
 * `<samverkan-agreement-editor>`: writes a lokal överenskommelse as data, section by section, without
 * JSON by hand. It starts from a blank agreement for a kommun or a region, from the Malmöandan preset,
 * from examples the page offers, or from a file; checks the agreement with core's `validateAgreement`
 * as the person types (each issue beside its field and in a summary whose links move focus to the
 * field); previews the area list and the principles with the real elements; imports organisations
 * from a CSV file; keeps undo and redo and a draft in the browser until it is saved; and saves
 * `agreement.json`, the file `samverkan validate` reads. Swedish by default; `lang="en"` for English
 * (the agreement's issues in any built-in language).
 *
 * @example
 * ```html
 * <script type="module" src="/assets/samverkan/editor/agreement-editor.js"></script>
 * <samverkan-agreement-editor lang="sv"></samverkan-agreement-editor>
 * <script type="module">
 *   const editor = document.querySelector('samverkan-agreement-editor');
 *   editor.addEventListener('change', () => console.log(editor.issues.length, 'issues'));
 * </script>
 * ```
 *
 * @csspart base - The editor's frame.
 * @cssproperty --samverkan-color-text - Text colour. Defaults to the page's.
 * @cssproperty --samverkan-color-surface - Background of boxes. Defaults to transparent.
 * @cssproperty --samverkan-color-border - Border colour. Defaults to a grey mixed from the text colour.
 * @cssproperty --samverkan-color-focus - The focus ring. Defaults to the text colour.
 * @cssproperty --samverkan-color-error-accent - The red of errors. Default #c8102e.
 * @cssproperty --samverkan-space - Base spacing. Defaults to 1rem.
 * @fires change - After each edit the person makes (not when `agreement` is set from script).
 * @fires samverkan-save - When the person saves (a `SamverkanSaveEvent`; cancel it to keep the file yourself).
 */
export class SamverkanAgreementEditor extends LitElement {
  static override styles = [styles];
  static override properties = {
    today: {},
    draftKey: { attribute: 'draft-key' },
    examples: { attribute: false },
    view: { state: true },
    section: { state: true },
    result: { state: true },
    dirty: { state: true },
    notice: { state: true },
    draftNotice: { state: true },
    previewLang: { state: true },
    startError: { state: true },
    csv: { state: true },
  };

  /** The day the time rules are measured on (`YYYY-MM-DD`), as `samverkan validate --today`. Default: today. */
  declare today: string | undefined;
  /** The name the draft is kept under in the browser; give each agreement edited on one site its own. Default `agreement`. */
  declare draftKey: string;
  /** Agreements the start page offers to begin from, besides a blank one and Malmöandan. */
  declare examples: readonly EditorExample[];

  private declare view: 'start' | 'edit';
  private declare section: EditorSection;
  private declare result: ValidationResult | undefined;
  private declare dirty: boolean;
  private declare notice: string;
  private declare draftNotice: string;
  private declare previewLang: string;
  private declare startError: { field: 'name' | 'file'; message: string } | undefined;
  private declare csv: CsvState | undefined;

  private readonly history = new History<unknown>(undefined);
  private targets = new Map<string, Issue[]>();
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<void> | undefined;
  private settle: (() => void) | undefined;
  private draftWrite: Promise<void> | undefined;
  private draftRead: Promise<void> | undefined;
  private focusAfter: string | undefined;
  private langObserver: MutationObserver | undefined;
  private carrier: Agreement | undefined;

  constructor() {
    super();
    this.draftKey = 'agreement';
    this.examples = [];
    this.view = 'start';
    this.section = 'agreement';
    this.dirty = false;
    this.notice = '';
    this.draftNotice = '';
    this.previewLang = '';
    this.addEventListener('keydown', this.onKeydown);
  }

  /**
   * The agreement being edited, as plain JSON data (what the saved file holds); `undefined` on the
   * start page. Setting it opens that agreement: it becomes the state undo returns to, and is checked.
   */
  get agreement(): unknown {
    return this.history.present;
  }

  set agreement(value: unknown) {
    this.history.reset(value === undefined ? undefined : structuredClone(value));
    this.dirty = false;
    this.view = value === undefined ? 'start' : 'edit';
    this.draftNotice = '';
    this.scheduleCheck(0);
    this.requestUpdate();
  }

  /** The current issues of the agreement (errors first), worded in the editor's language, as the CLI words them. */
  get issues(): readonly Issue[] {
    return this.result?.issues ?? [];
  }

  /** The language tag in force: the element's `lang`, else the nearest ancestor's, else `sv`. */
  get locale(): string {
    let node: Node | null = this;
    while (node) {
      if (node instanceof Element && node.getAttribute('lang')?.trim()) return node.getAttribute('lang')!.trim();
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return 'sv';
  }

  private get t(): EditorText {
    return resolveLanguage(this.locale, 'editor').editor;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
    // A change of lang anywhere above the editor can change its language.
    this.langObserver = new MutationObserver(() => {
      this.scheduleCheck(0);
      this.requestUpdate();
    });
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.draftRead = this.restoreDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
    this.langObserver?.disconnect();
  }

  /** Also waits for the check of the latest edit and for the draft to be written or read. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let i = 0; i < 5 && (this.pending || this.draftWrite || this.draftRead); i++) {
      await Promise.all([this.pending, this.draftWrite, this.draftRead]);
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  private async restoreDraft(): Promise<void> {
    const draft = await loadDraft(this.draftKey);
    this.draftRead = undefined;
    if (!draft || this.dirty) return;
    this.history.reset(draft.agreement);
    this.view = 'edit';
    this.dirty = true;
    const when = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(draft.saved));
    this.draftNotice = this.t.draft.restored(when);
    this.scheduleCheck(0);
  }

  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    e.preventDefault();
    // Older browsers ask only when returnValue is set.
    e.returnValue = '';
  };

  private readonly onKeydown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || this.view !== 'edit') return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      this.redo();
    }
  };

  // ── Editing ──────────────────────────────────────────────────────────────────────────────────────

  /** Puts `value` at `path`: one undo step, or part of the typing session `session`. */
  private edit(path: Path, value: unknown, session?: string): void {
    this.history.record(setIn(this.history.present, path, value), session);
    this.changed();
  }

  private changed(): void {
    this.dirty = true;
    this.notice = '';
    this.scheduleCheck();
    this.writeDraft();
    this.requestUpdate();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private writeDraft(): void {
    const value = this.history.present;
    const key = this.draftKey;
    const write = (this.draftWrite ?? Promise.resolve()).then(() => saveDraft(key, value));
    this.draftWrite = write;
    void write.then(() => {
      if (this.draftWrite === write) this.draftWrite = undefined;
    });
  }

  private undo(): void {
    if (this.history.undo() === undefined) return;
    this.changed();
  }

  private redo(): void {
    if (this.history.redo() === undefined) return;
    this.changed();
  }

  private endSession = () => this.history.endSession();

  private announce(text: string): void {
    this.notice = text;
  }

  // ── Checking ─────────────────────────────────────────────────────────────────────────────────────

  /** Checks the agreement after `delay` ms without edits; `updateComplete` waits for it. */
  private scheduleCheck(delay = CHECK_DELAY): void {
    clearTimeout(this.checkTimer);
    if (!this.pending) this.pending = new Promise((resolve) => (this.settle = resolve));
    this.checkTimer = setTimeout(() => this.check(), delay);
  }

  private check(): void {
    const value = this.history.present;
    // Measured: validateAgreement takes about 7 ms for the Malmö preset on a laptop core, so it runs
    // here; a Worker would add a copy of the agreement each way and a second bundle.
    this.result = value === undefined ? undefined : validateAgreement(value, { locale: this.locale, ...(this.today ? { today: this.today } : {}) });
    this.targets = new Map();
    for (const issue of this.result?.issues ?? []) {
      const key = pathKey(this.targetOf(issue.path));
      this.targets.set(key, [...(this.targets.get(key) ?? []), issue]);
    }
    const settle = this.settle;
    this.pending = undefined;
    this.settle = undefined;
    settle?.();
  }

  /**
   * The field an issue belongs beside: the deepest part of its path the form shows — a value that is
   * there, or a required one that is missing (the form shows an empty field for it).
   */
  private targetOf(path: Path): Path {
    const root = this.history.present;
    const schema = agreementSchema();
    let target: Path = [];
    for (let i = 1; i <= path.length; i++) {
      const prefix = path.slice(0, i);
      if (getIn(root, prefix) !== undefined) {
        target = prefix;
        continue;
      }
      const key = prefix[i - 1];
      const parent = schemaAt(schema, root, prefix.slice(0, -1));
      if (typeof key === 'string' && parent?.required?.includes(key) && isObject(getIn(root, prefix.slice(0, -1)))) target = prefix;
      break;
    }
    // A rule's settings are one row in the rules section.
    if (target[0] === 'rules') return target.slice(0, 2);
    // A localised text shows as its Swedish field first.
    return target;
  }

  /** Opens the section that shows `path`, and moves focus to its field. */
  private async goTo(path: Path): Promise<void> {
    const target = this.targetOf(path);
    this.section = target.length === 0 ? this.section : sectionOf(target[0]);
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    let el: HTMLElement | null = null;
    for (let n = target.length; n >= 0 && !el; n--) el = root.getElementById(`f.${pathKey(target.slice(0, n))}`);
    el ??= root.getElementById('section-heading');
    if (!el) return;
    const control = el.matches(CONTROLS) ? el : (el.querySelector<HTMLElement>(CONTROLS) ?? el);
    control.focus();
    control.scrollIntoView?.({ block: 'center' });
  }

  // ── Start, load and save ─────────────────────────────────────────────────────────────────────────

  private open(value: unknown): void {
    this.agreement = value;
    this.section = 'agreement';
    this.startError = undefined;
    void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById('section-heading')?.focus());
  }

  private createBlank(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    if (!name) {
      this.startError = { field: 'name', message: this.t.start.fillName };
      void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById('start-name')?.focus());
      return;
    }
    const kind = data.get('kind') === 'region' ? 'region' : 'municipality';
    this.open(blankAgreement({ kind, name, code: String(data.get('code') ?? '').trim() }, svWords, enWords));
    this.dirty = true;
    this.writeDraft();
  }

  private async openMalmo(): Promise<void> {
    const { malmo } = await import('@samverkan/core/presets/malmo');
    this.open(malmo);
  }

  private async openExample(example: EditorExample): Promise<void> {
    try {
      const response = await fetch(example.src);
      if (!response.ok) throw new Error(String(response.status));
      this.open(await response.json());
    } catch {
      this.startError = { field: 'file', message: this.t.start.loadFailed(example.name) };
    }
  }

  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      this.open(JSON.parse(await file.text()));
    } catch {
      this.startError = { field: 'file', message: this.t.start.notJson(file.name) };
    }
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    void this.openFile(e.dataTransfer?.files[0]);
  }

  private async save(): Promise<void> {
    const json = `${JSON.stringify(this.history.present, null, 2)}\n`;
    const event = new SamverkanSaveEvent(json, 'agreement.json');
    this.dispatchEvent(event);
    if (!event.defaultPrevented) {
      const picker = (globalThis as { showSaveFilePicker?: (o: unknown) => Promise<FileSystemFileHandle> }).showSaveFilePicker;
      let written = false;
      if (picker) {
        try {
          const handle = await picker({ suggestedName: event.fileName, types: [{ accept: { 'application/json': ['.json'] } }] });
          const writable = await handle.createWritable();
          await writable.write(json);
          await writable.close();
          written = true;
        } catch (error) {
          // The person closed the dialog: nothing is saved.
          if ((error as Error).name === 'AbortError') return;
        }
      }
      if (!written) {
        const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = event.fileName;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }
    }
    this.dirty = false;
    this.draftNotice = '';
    await this.draftWrite;
    this.draftWrite = clearDraft(this.draftKey).then(() => (this.draftWrite = undefined));
    this.announce(this.t.toolbar.saved(event.fileName));
  }

  private async discardDraft(): Promise<void> {
    this.draftNotice = '';
    this.dirty = false;
    await this.draftWrite;
    this.draftWrite = clearDraft(this.draftKey).then(() => (this.draftWrite = undefined));
    this.history.reset(undefined);
    this.view = 'start';
    this.result = undefined;
    this.announce(this.t.draft.discarded);
  }

  private startOver(): void {
    this.view = 'start';
  }

  // ── Lists ────────────────────────────────────────────────────────────────────────────────────────

  private addItem(path: Path, itemSchema: JsonSchema, title: string): void {
    const list = getIn(this.history.present, path);
    const items = Array.isArray(list) ? list : [];
    this.edit(path, [...items, defaultFor(itemSchema)]);
    this.focusAfter = `[data-item="${pathKey([...path, items.length])}"] :is(${CONTROLS})`;
    this.announce(title);
  }

  private moveItem(path: Path, from: number, to: number, title: string, direction: 'up' | 'down'): void {
    this.history.record(moveAt(this.history.present, path, from, to));
    this.changed();
    this.focusAfter = `[data-move="${pathKey([...path, to])}:${direction}"]`;
    this.announce(this.t.list.moved(title, to + 1));
  }

  private removeItem(path: Path, index: number, title: string): void {
    this.history.record(removeAt(this.history.present, path, index));
    this.changed();
    this.focusAfter = `[data-add="${pathKey(path)}"]`;
    this.announce(this.t.list.removed(title));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfter) {
      const el = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      this.focusAfter = undefined;
      (el && !(el as HTMLButtonElement).disabled ? el : null)?.focus();
    }
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────────────

  override render() {
    const t = this.t;
    return html`<div part="base" class="base" lang=${this.locale}>
      <p class="visually-hidden" role="status">${this.notice}</p>
      ${this.view === 'start' ? this.renderStart(t) : this.renderEditor(t)}
    </div>`;
  }

  private renderStart(t: EditorText): TemplateResult {
    const nameError = this.startError?.field === 'name' ? this.startError.message : '';
    const fileError = this.startError?.field === 'file' ? this.startError.message : '';
    return html`<section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading">${t.start.heading}</h2>
      <p>${t.start.intro}</p>
      <form class="box" novalidate @submit=${this.createBlank}>
        <h3>${t.start.blankHeading}</h3>
        <fieldset class="field">
          <legend>${t.start.kind}</legend>
          <label class="choice"><input type="radio" name="kind" value="municipality" checked /> ${t.start.kindMunicipality}</label>
          <label class="choice"><input type="radio" name="kind" value="region" /> ${t.start.kindRegion}</label>
        </fieldset>
        <div class="field ${nameError ? 'has-error' : ''}">
          <label for="start-name">${t.start.name}</label>
          <p class="hint" id="start-name-hint">${t.start.nameHint}</p>
          ${nameError ? html`<p class="field-error" id="start-name-error"><span class="visually-hidden">${t.summary.severity.error}: </span>${nameError}</p>` : nothing}
          <input id="start-name" name="name" autocomplete="organization" aria-describedby=${nameError ? ['start-name-hint', 'start-name-error'].join(' ') : 'start-name-hint'} aria-invalid=${nameError ? 'true' : 'false'} />
        </div>
        <div class="field">
          <label for="start-code">${t.start.code}</label>
          <p class="hint" id="start-code-hint">${t.start.codeHint}</p>
          <input id="start-code" name="code" inputmode="numeric" class="short" aria-describedby="start-code-hint" />
        </div>
        <button type="submit" class="primary">${t.start.create}</button>
      </form>
      <div class="box">
        <h3>${t.start.presetHeading}</h3>
        <ul class="plain">
          <li><button type="button" @click=${() => void this.openMalmo()}>${t.start.malmo}</button></li>
          ${this.examples.map((ex) => html`<li><button type="button" @click=${() => void this.openExample(ex)}>${ex.name}</button></li>`)}
        </ul>
      </div>
      <div class="box drop ${fileError ? 'has-error' : ''}" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${this.onDrop}>
        <h3>${t.start.fileHeading}</h3>
        ${fileError ? html`<p class="field-error" id="start-file-error" role="alert">${fileError}</p>` : nothing}
        <label for="start-file">${t.start.file}</label>
        <input id="start-file" type="file" accept=".json,application/json" @change=${(e: Event) => void this.openFile((e.target as HTMLInputElement).files?.[0])} />
        <p class="hint">${t.start.drop}</p>
      </div>
    </section>`;
  }

  private renderEditor(t: EditorText): TemplateResult {
    const counts = this.result?.counts ?? { error: 0, warning: 0, info: 0 };
    const name = getIn(this.history.present, ['name', 'sv']);
    return html`<header class="top">
        <h2 class="title">${t.heading}${typeof name === 'string' && name ? html`: <span>${name}</span>` : nothing}</h2>
        <div class="toolbar" role="group" aria-label="${t.toolbar.label}">
          <button type="button" ?disabled=${!this.history.canUndo} @click=${this.undo} aria-keyshortcuts="Control+Z Meta+Z">${t.toolbar.undo}</button>
          <button type="button" ?disabled=${!this.history.canRedo} @click=${this.redo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">${t.toolbar.redo}</button>
          <button type="button" class="primary" @click=${() => void this.save()}>${t.toolbar.save}</button>
          <button type="button" @click=${this.startOver}>${t.toolbar.startOver}</button>
          <span class="saved-state">${this.dirty ? t.toolbar.unsaved : t.toolbar.allSaved}</span>
        </div>
        <p class="counts" id="counts">${this.pending ? t.checking : t.counts(counts)}</p>
      </header>
      ${this.draftNotice
        ? html`<div class="notice" role="status">
            <p>${this.draftNotice}</p>
            <button type="button" @click=${() => (this.draftNotice = '')}>${t.draft.keep}</button>
            <button type="button" @click=${() => void this.discardDraft()}>${t.draft.discard}</button>
          </div>`
        : nothing}
      <div class="layout">
        <nav aria-label="${t.nav}" class="sections">
          <ul class="plain">
            ${SECTIONS.map(
              (s) => html`<li>
                <button type="button" aria-current=${this.section === s ? 'true' : 'false'} @click=${() => {
                  this.section = s;
                  void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById('section-heading')?.focus());
                }}>${t.sections[s]}${this.sectionCount(s)}</button>
              </li>`,
            )}
          </ul>
        </nav>
        <main class="form">
          <h3 id="section-heading" tabindex="-1">${t.sections[this.section]}</h3>
          <p class="hint">${t.sectionHelp[this.section]}</p>
          ${this.renderSection(t)}
        </main>
        ${this.renderSummary(t)}
      </div>`;
  }

  /** How many issues a section holds, for its button in the navigation. */
  private sectionCount(section: EditorSection) {
    const n = this.issues.filter((i) => sectionOf(this.targetOf(i.path)[0]) === section && i.severity !== 'info').length;
    return n ? html` <span class="badge">${n}</span>` : nothing;
  }

  private renderSummary(t: EditorText): TemplateResult {
    const issues = this.issues;
    return html`<aside class="summary ${this.result && !this.result.ok ? 'has-errors' : ''}" aria-labelledby="summary-heading">
      <h3 id="summary-heading" tabindex="-1">${t.summary.heading}</h3>
      <p class="counts">${t.counts(this.result?.counts ?? { error: 0, warning: 0, info: 0 })}</p>
      ${issues.length === 0
        ? html`<p>${t.summary.none}</p>`
        : html`<ul class="issues">
            ${issues.map(
              (issue) => html`<li class=${issue.severity}>
                <a href="#f.${pathKey(issue.path)}" @click=${(e: Event) => {
                  e.preventDefault();
                  void this.goTo(issue.path);
                }}><span class="tag">${t.summary.severity[issue.severity]}</span> ${issue.message}</a>
              </li>`,
            )}
          </ul>`}
    </aside>`;
  }

  private renderSection(t: EditorText): TemplateResult {
    const section = this.section;
    if (section === 'rules') return this.renderRules(t);
    if (section === 'preview') return this.renderPreview(t);
    const schema = agreementSchema();
    const keys = section === 'other' ? otherKeys(Object.keys(schema.properties ?? {})) : SECTION_KEYS[section];
    return html`${this.renderProperties(schema, this.history.present, [], 'agreement', keys)}
    ${section === 'organisations' ? this.renderCsv(t) : nothing}`;
  }

  /** The properties `keys` of an object: those it has or requires, and a way to add the others. */
  private renderProperties(schema: JsonSchema, value: unknown, path: Path, parentKey: string, keys: readonly string[] = Object.keys(schema.properties ?? {})): TemplateResult {
    const obj = isObject(value) ? value : {};
    const required = new Set(schema.required ?? []);
    const shown = keys.filter((k) => schema.properties?.[k] && (k in obj || required.has(k)));
    const absent = keys.filter((k) => schema.properties?.[k] && !(k in obj) && !required.has(k));
    const id = `a.${pathKey(path)}`;
    return html`${shown.map((k) => this.renderValue(schema.properties![k]!, obj[k], [...path, k], k, parentKey, !required.has(k)))}
    ${absent.length
      ? html`<div class="add-field">
          <label for=${id}>${this.t.list.addField}</label>
          <select id=${id}>
            ${absent.map((k) => html`<option value=${k}>${this.label(k, parentKey)}</option>`)}
          </select>
          <button type="button" @click=${(e: Event) => {
            const k = ((e.currentTarget as HTMLElement).previousElementSibling as HTMLSelectElement).value;
            this.edit([...path, k], defaultFor(schema.properties![k]!));
            this.focusAfter = `[id="f.${pathKey([...path, k])}"]`;
          }}>${this.t.list.addFieldButton}</button>
        </div>`
      : nothing}`;
  }

  private label(key: string, parentKey: string): string {
    const t = this.t;
    return t.contextual[`${parentKey}.${key}`] ?? t.fields[key] ?? key;
  }

  private option(key: string, value: unknown): string {
    return this.t.options[`${key}.${String(value)}`] ?? String(value);
  }

  /** The issues shown beside the field at `key`, each with its severity for a screen reader. */
  private renderIssues(key: string): TemplateResult | typeof nothing {
    const issues = this.targets.get(key);
    if (!issues?.length) return nothing;
    const t = this.t;
    return html`<div class="field-issues" id="e.${key}">
      ${issues.map((i) => html`<p class=${`field-${i.severity}`}><span class="tag">${t.summary.severity[i.severity]}</span> ${i.message}</p>`)}
    </div>`;
  }

  private described(key: string, help: boolean, extra = false): string {
    return [help ? `h.${key}` : '', this.targets.get(key)?.length ? `e.${key}` : '', extra ? `x.${key}` : ''].filter(Boolean).join(' ');
  }

  private invalid(key: string): 'true' | 'false' {
    return this.targets.get(key)?.some((i) => i.severity === 'error') ? 'true' : 'false';
  }

  private severityClass(key: string): string {
    const s = this.targets.get(key)?.map((i) => i.severity) ?? [];
    const worst = (['error', 'warning', 'info'] as Severity[]).find((x) => s.includes(x));
    return worst ? `has-${worst}` : '';
  }

  /** A group of fields: a fieldset with its legend, help, issues and an optional remove button. */
  private group(path: Path, label: string, lastKey: string, content: TemplateResult, removable: boolean, cls = ''): TemplateResult {
    const key = pathKey(path);
    const help = this.t.help[lastKey];
    return html`<fieldset class="group ${cls} ${this.severityClass(key)}" id="f.${key}" tabindex="-1" aria-describedby=${this.described(key, !!help) || nothing}>
      <legend>${label}</legend>
      ${help ? html`<p class="hint" id="h.${key}">${help}</p>` : nothing}
      ${this.renderIssues(key)}
      ${removable
        ? html`<button type="button" class="small remove-field" @click=${() => this.edit(path, undefined)}>${this.t.list.removeField(label)}</button>`
        : nothing}
      ${content}
    </fieldset>`;
  }

  /** One field: label, help, issues, the control and an optional confirmation under it. */
  private field(path: Path, label: string, lastKey: string, control: (id: string, describedBy: string) => TemplateResult, extra?: string): TemplateResult {
    const key = pathKey(path);
    const help = this.t.help[lastKey];
    const id = `f.${key}`;
    return html`<div class="field ${this.severityClass(key)}">
      <label for=${id}>${label}</label>
      ${help ? html`<p class="hint" id="h.${key}">${help}</p>` : nothing}
      ${this.renderIssues(key)}
      ${control(id, this.described(key, !!help, !!extra))}
      ${extra ? html`<p class="confirm" id="x.${key}">${extra}</p>` : nothing}
    </div>`;
  }

  private renderValue(schema: JsonSchema, value: unknown, path: Path, key: string, parentKey: string, optional: boolean, title?: string): TemplateResult {
    const label = title ?? this.label(key, parentKey);
    const variants = variantsOf(schema);
    if (variants) return this.renderVariants(variants, value, path, key, label, optional, title !== undefined);
    if (isLocalizedText(schema)) return this.renderText(value, path, key, label, optional);
    if (schema.type === 'object') {
      if (schema.properties) {
        const inner = this.renderProperties(schema, value, path, key);
        return title !== undefined ? inner : this.group(path, label, key, inner, optional);
      }
      if (schema.propertyNames?.enum && typeof schema.additionalProperties === 'object' && schema.additionalProperties.type === 'boolean') {
        return this.renderFlags(schema.propertyNames.enum as string[], value, path, key, label, optional);
      }
      return this.renderJson(value, path, key, label);
    }
    if (schema.type === 'array') return this.renderList(schema, value, path, key, label, optional);
    return this.renderScalar(schema, value, path, key, label, optional);
  }

  private renderScalar(schema: JsonSchema, value: unknown, path: Path, key: string, label: string, optional: boolean): TemplateResult {
    const session = pathKey(path);
    if (schema.const !== undefined) return html``;
    if (schema.enum) {
      return this.field(path, label, key, (id, d) => html`<select id=${id} aria-describedby=${d || nothing} aria-invalid=${this.invalid(session)} @change=${(e: Event) => this.edit(path, (e.target as HTMLSelectElement).value || undefined)}>
        ${optional || !schema.enum!.includes(value) ? html`<option value="" ?selected=${value === undefined}>${this.t.list.choose}</option>` : nothing}
        ${schema.enum!.map((v) => html`<option value=${String(v)} ?selected=${v === value}>${this.option(key, v)}</option>`)}
      </select>`);
    }
    if (schema.type === 'boolean') {
      if (!optional) {
        const id = `f.${session}`;
        return html`<div class="field checkbox ${this.severityClass(session)}">
          ${this.renderIssues(session)}
          <input type="checkbox" id=${id} .checked=${live(value === true)} aria-describedby=${this.described(session, false) || nothing} @change=${(e: Event) => this.edit(path, (e.target as HTMLInputElement).checked)} />
          <label for=${id}>${label}</label>
        </div>`;
      }
      const t = this.t.boolean;
      return this.field(path, label, key, (id, d) => html`<select id=${id} class="short" aria-describedby=${d || nothing} @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        this.edit(path, v === '' ? undefined : v === 'yes');
      }}>
        <option value="" ?selected=${value === undefined}>${t.unset}</option>
        <option value="yes" ?selected=${value === true}>${t.yes}</option>
        <option value="no" ?selected=${value === false}>${t.no}</option>
      </select>`);
    }
    if (schema.type === 'number' || schema.type === 'integer') {
      return this.field(path, label, key, (id, d) => html`<input id=${id} type="number" class="short" step=${schema.type === 'integer' ? '1' : 'any'}
        .value=${live(typeof value === 'number' ? String(value) : '')} aria-describedby=${d || nothing} aria-invalid=${this.invalid(session)}
        @input=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          this.edit(path, raw === '' ? undefined : Number(raw), session);
        }} @change=${this.endSession} />`);
    }
    const text = typeof value === 'string' ? value : '';
    const onInput = (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      this.edit(path, v === '' && optional ? undefined : v, session);
    };
    let extra: string | undefined;
    if (key === 'code' && path[0] === 'municipality') {
      const kind = getIn(this.history.present, ['municipality', 'kind']);
      const hit = kind === 'region' ? countyByCode(text) : municipalityByCode(text);
      if (hit) extra = kind === 'region' ? this.t.code.region(`${(hit as { region?: string }).region ?? hit.name}`) : this.t.code.municipality(hit.name);
    }
    if (key === 'organisationNumber' && text) {
      const parsed = parseOrganisationNumber(text);
      if (parsed.ok) extra = this.t.code.organisationNumber(parsed.number.value);
    }
    if (LONG.has(key)) {
      return this.field(path, label, key, (id, d) => html`<textarea id=${id} rows="3" .value=${live(text)} aria-describedby=${d || nothing} aria-invalid=${this.invalid(session)} @input=${onInput} @change=${this.endSession}></textarea>`, extra);
    }
    const type = schema.format === 'date' ? 'date' : key === 'url' || key === 'website' || key === 'minutes' || key === 'report' ? 'url' : 'text';
    const short = type === 'date' || key === 'code' || key === 'id' || key === 'organisationNumber';
    return this.field(
      path,
      label,
      key,
      (id, d) => html`<input id=${id} type=${type} class=${short ? 'short' : ''} .value=${live(text)} inputmode=${key === 'code' ? 'numeric' : nothing}
        aria-describedby=${d || nothing} aria-invalid=${this.invalid(session)} @input=${onInput} @change=${this.endSession} />`,
      extra,
    );
  }

  /** A localised text: Swedish (required) and English. */
  private renderText(value: unknown, path: Path, key: string, label: string, optional: boolean): TemplateResult {
    const obj = isObject(value) ? value : {};
    const long = LONG.has(key);
    const input = (lang: 'sv' | 'en') => {
      const p = [...path, lang];
      const k = pathKey(p);
      const text = typeof obj[lang] === 'string' ? (obj[lang] as string) : '';
      const onInput = (e: Event) => {
        const v = (e.target as HTMLInputElement).value;
        this.edit(p, v === '' && lang === 'en' ? undefined : v, k);
      };
      return this.field(p, this.t.languages[lang], lang, (id, d) =>
        long
          ? html`<textarea id=${id} rows="3" lang=${lang} .value=${live(text)} aria-describedby=${d || nothing} aria-invalid=${this.invalid(k)} @input=${onInput} @change=${this.endSession}></textarea>`
          : html`<input id=${id} lang=${lang} .value=${live(text)} aria-describedby=${d || nothing} aria-invalid=${this.invalid(k)} @input=${onInput} @change=${this.endSession} />`,
      );
    };
    return this.group(path, label, key, html`<div class="pair">${input('sv')}${input('en')}</div>`, optional, 'text');
  }

  /** One of several shapes: a choice of which, then that shape's fields. */
  private renderVariants(variants: readonly JsonSchema[], value: unknown, path: Path, key: string, label: string, optional: boolean, bare: boolean): TemplateResult {
    const i = pickVariant(variants, value);
    const disc = discriminator(variants);
    const chosen = variants[i]!;
    const obj = isObject(value) ? value : {};
    const name = (v: JsonSchema) => (disc ? this.option(disc, v.properties![disc]!.const) : this.label(v.required?.[0] ?? '', key));
    const id = `v.${pathKey(path)}`;
    const choose = (j: number) => {
      const next = defaultFor(variants[j]!) as Record<string, unknown>;
      for (const [k, v] of Object.entries(obj)) if (k !== disc && variants[j]!.properties?.[k]) next[k] = v;
      this.edit(path, next);
    };
    const keys = Object.keys(chosen.properties ?? {}).filter((k) => k !== disc);
    const inner = html`<div class="field">
        <label for=${id}>${disc ? this.label(disc, key) : this.t.list.variant}</label>
        <select id=${id} @change=${(e: Event) => choose(Number((e.target as HTMLSelectElement).value))}>
          ${variants.map((v, j) => html`<option value=${j} ?selected=${j === i}>${name(v)}</option>`)}
        </select>
      </div>
      ${this.renderProperties(chosen, value, path, key, keys)}`;
    return bare ? inner : this.group(path, label, key, inner, optional);
  }

  /** A set of named yes/no markers (an IOP's criteria). */
  private renderFlags(names: readonly string[], value: unknown, path: Path, key: string, label: string, optional: boolean): TemplateResult {
    const obj = isObject(value) ? value : {};
    const schema: JsonSchema = { type: 'boolean' };
    return this.group(path, label, key, html`${names.map((n) => this.renderScalar(schema, obj[n], [...path, n], n, this.option(key, n), true))}`, optional);
  }

  /** A value of a shape the form has no fields for: its JSON, checked as it is typed. */
  private renderJson(value: unknown, path: Path, key: string, label: string): TemplateResult {
    return this.field(path, label, key, (id, d) => html`<textarea id=${id} rows="4" class="code" .value=${live(JSON.stringify(value ?? {}, null, 2))} aria-describedby=${d || nothing}
      @change=${(e: Event) => {
        try {
          this.edit(path, JSON.parse((e.target as HTMLTextAreaElement).value));
        } catch {
          // Left as typed; the agreement keeps its last readable value.
        }
      }}></textarea>`);
  }

  private itemTitle(listLabel: string, item: unknown, i: number): string {
    const base = this.t.list.item(listLabel, i + 1);
    if (!isObject(item)) return base;
    const name = item.name ?? item.label ?? item.title ?? item.term ?? item.text;
    const text = typeof name === 'string' ? name : isObject(name) && typeof name.sv === 'string' ? name.sv : typeof item.id === 'string' ? item.id : '';
    return text ? `${base}: ${text}` : base;
  }

  private renderList(schema: JsonSchema, value: unknown, path: Path, key: string, label: string, optional: boolean): TemplateResult {
    const items = Array.isArray(value) ? value : [];
    const itemSchema = schema.items ?? {};
    const t = this.t.list;
    if (itemSchema.enum) {
      const chosen = new Set(items);
      const content = html`${itemSchema.enum.map((v) => {
        const id = `f.${pathKey(path)}.${String(v)}`;
        return html`<div class="checkbox"><input type="checkbox" id=${id} .checked=${live(chosen.has(v))} @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          this.edit(path, itemSchema.enum!.filter((x) => (x === v ? on : chosen.has(x))));
        }} /><label for=${id}>${this.option(key, v)}</label></div>`;
      })}`;
      return this.group(path, label, key, content, optional, 'choices');
    }
    const content = html`${items.length === 0
        ? html`<p class="empty">${t.empty}</p>`
        : html`<ol class="items">
            ${items.map((item, i) => {
              const title = this.itemTitle(label, item, i);
              const itemPath = [...path, i];
              const k = pathKey(itemPath);
              return html`<li class="item" data-item=${k}>
                <div class="item-head">
                  <span class="item-title">${title}</span>
                  <span class="item-actions">
                    <button type="button" class="small" data-move="${k}:up" aria-label="${t.up(title)}" ?disabled=${i === 0} @click=${() => this.moveItem(path, i, i - 1, title, 'up')}><span aria-hidden="true">↑</span></button>
                    <button type="button" class="small" data-move="${k}:down" aria-label="${t.down(title)}" ?disabled=${i === items.length - 1} @click=${() => this.moveItem(path, i, i + 1, title, 'down')}><span aria-hidden="true">↓</span></button>
                    <button type="button" class="small danger" aria-label="${t.remove(title)}" @click=${() => this.removeItem(path, i, title)}><span aria-hidden="true">✕</span></button>
                  </span>
                </div>
                ${this.renderIssues(k)}
                ${this.renderValue(itemSchema, item, itemPath, key, key, false, title)}
              </li>`;
            })}
          </ol>`}
      <button type="button" class="add" data-add=${pathKey(path)} @click=${() => this.addItem(path, itemSchema, t.add(label))}>${t.add(label)}</button>`;
    return this.group(path, label, key, content, optional, 'list');
  }

  // ── Rules ────────────────────────────────────────────────────────────────────────────────────────

  private renderRules(t: EditorText): TemplateResult {
    const settings = (getIn(this.history.present, ['rules']) ?? {}) as Record<string, { enabled?: boolean; severity?: Severity; params?: Record<string, number> }>;
    const set = (id: string, next: { enabled?: boolean; severity?: Severity; params?: Record<string, number> }) => {
      const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && !(isObject(v) && Object.keys(v).length === 0)));
      const all = { ...settings, [id]: clean };
      if (Object.keys(clean).length === 0) delete all[id];
      this.edit(['rules'], Object.keys(all).length ? all : undefined);
    };
    return html`<ul class="plain rules">
      ${describeRules(this.locale).map((rule) => {
        const s = settings[rule.id] ?? {};
        const key = pathKey(['rules', rule.id]);
        return html`<li>
          <fieldset class="group ${this.severityClass(key)}" id="f.${key}" tabindex="-1" aria-describedby="d.${key}">
            <legend><code>${rule.id}</code></legend>
            <p id="d.${key}">${rule.description}</p>
            ${this.renderIssues(key)}
            <div class="checkbox">
              <input type="checkbox" id="on.${key}" .checked=${live(s.enabled !== false)} @change=${(e: Event) => set(rule.id, { ...s, enabled: (e.target as HTMLInputElement).checked ? undefined : false })} />
              <label for="on.${key}">${t.rules.enabled}</label>
            </div>
            <div class="field">
              <label for="sev.${key}">${t.rules.severity}</label>
              <select id="sev.${key}" class="short" @change=${(e: Event) => set(rule.id, { ...s, severity: ((e.target as HTMLSelectElement).value || undefined) as Severity | undefined })}>
                <option value="" ?selected=${!s.severity}>${t.rules.asDefault(t.summary.severity[rule.severity])}</option>
                ${(['error', 'warning', 'info'] as const).map((v) => html`<option value=${v} ?selected=${s.severity === v}>${t.summary.severity[v]}</option>`)}
              </select>
            </div>
            ${Object.entries(rule.params).map(([name, p]) => {
              const id = `p.${key}.${name}`;
              const current = s.params?.[name];
              return html`<div class="field">
                <label for=${id}>${t.rules.param(name, p.min, p.max)}</label>
                <input id=${id} type="number" class="short" min=${p.min} max=${p.max} step="any" placeholder="${p.default ?? nothing}" .value=${live(current === undefined ? '' : String(current))}
                  @change=${(e: Event) => {
                    const raw = (e.target as HTMLInputElement).value;
                    const params = { ...(s.params ?? {}) };
                    if (raw === '') delete params[name];
                    else params[name] = Number(raw);
                    set(rule.id, { ...s, params });
                  }} />
              </div>`;
            })}
          </fieldset>
        </li>`;
      })}
    </ul>`;
  }

  // ── Preview ──────────────────────────────────────────────────────────────────────────────────────

  private renderPreview(t: EditorText): TemplateResult {
    const lang = this.previewLang || this.locale;
    const parsed = this.result?.agreement;
    let listing: ReturnType<typeof toListing> | undefined;
    try {
      listing = parsed ? toListing(parsed) : undefined;
    } catch {
      listing = undefined;
    }
    const name = (tag: string) => (tag === 'sv-x-lattlast' ? t.preview.easySwedish : (new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag));
    return html`<div class="field">
        <label for="preview-lang">${t.preview.language}</label>
        <select id="preview-lang" class="short" @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}>
          ${BUILT_IN_TAGS.map((tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === lang}>${name(tag)}</option>`)}
        </select>
      </div>
      ${listing
        ? // Made anew for each language: the elements follow lang changes in the page, not inside this shadow root.
          keyed(
            lang,
            html`<div class="preview" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
              <samverkan-area-list .agreement=${listing} heading-level="4"></samverkan-area-list>
              <samverkan-principles .agreement=${listing} heading-level="4"></samverkan-principles>
            </div>`,
          )
        : html`<p>${t.preview.unavailable}</p>`}`;
  }

  // ── CSV import ───────────────────────────────────────────────────────────────────────────────────

  private async readCsv(file: File | undefined): Promise<void> {
    if (!file) return;
    const rows = parseCsv(await file.text());
    const packs = [this.t, svWords, enWords];
    const guessed = guessColumns(rows[0] ?? [], packs);
    const headerRow = Object.keys(guessed).length > 0;
    this.csv = { file: file.name, rows, headerRow, map: headerRow ? guessed : { name: 0 }, joinedDate: '' };
    await this.checkCsv();
  }

  private async checkCsv(): Promise<void> {
    const csv = this.csv;
    if (!csv) return;
    if (!this.carrier) this.carrier = (await import('@samverkan/core/presets/malmo')).malmo;
    const body = csv.headerRow ? csv.rows.slice(1) : csv.rows;
    const current = getIn(this.history.present, ['organisations']);
    const taken = new Set((Array.isArray(current) ? current : []).map((o) => (isObject(o) ? String(o.id) : '')));
    const checked = checkRows(body, csv.headerRow ? 2 : 1, csv.map, { carrier: this.carrier, takenIds: taken, words: this.t, packs: [this.t, svWords, enWords], locale: this.locale });
    this.csv = { ...csv, checked };
  }

  private importRows(rows: readonly CsvRow[]): void {
    const csv = this.csv;
    if (!csv || rows.length === 0) return;
    const current = getIn(this.history.present, ['organisations']);
    let next = setIn(this.history.present, ['organisations'], [...(Array.isArray(current) ? current : []), ...rows.map((r) => r.organisation)]);
    if (csv.joinedDate) {
      const joined = getIn(next, ['joined']);
      next = setIn(next, ['joined'], [...(Array.isArray(joined) ? joined : []), ...rows.map((r) => ({ organisation: r.organisation.id, date: csv.joinedDate, how: 'application' }))]);
    }
    this.history.record(next);
    this.changed();
  }

  private addCheckedRows(): void {
    const csv = this.csv;
    if (!csv?.checked) return;
    const good = csv.checked.filter((r) => r.problems.length === 0);
    const bad = csv.checked.filter((r) => r.problems.length > 0);
    this.importRows(good);
    const t = this.t.csv;
    const message = [good.length ? t.added(good.length) : '', bad.length ? t.bad(bad.length) : ''].filter(Boolean).join(' ');
    this.csv = { ...csv, checked: undefined, kept: bad, message };
    this.announce(message);
  }

  private renderCsv(t: EditorText): TemplateResult {
    const csv = this.csv;
    const c = t.csv;
    const rows = csv?.checked ?? csv?.kept ?? [];
    const width = csv ? Math.max(0, ...csv.rows.map((r) => r.length)) : 0;
    const header = csv?.headerRow ? (csv.rows[0] ?? []) : [];
    const good = csv?.checked?.filter((r) => r.problems.length === 0).length ?? 0;
    return html`<section class="box csv" aria-labelledby="csv-heading">
      <h4 id="csv-heading">${c.heading}</h4>
      <p class="hint">${c.intro}</p>
      <div class="field">
        <label for="csv-file">${c.file}</label>
        <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" @change=${(e: Event) => void this.readCsv((e.target as HTMLInputElement).files?.[0])} />
      </div>
      ${csv
        ? html`${csv.checked
              ? html`<div class="checkbox">
                    <input type="checkbox" id="csv-header" .checked=${live(csv.headerRow)} @change=${(e: Event) => {
                      this.csv = { ...csv, headerRow: (e.target as HTMLInputElement).checked };
                      void this.checkCsv();
                    }} />
                    <label for="csv-header">${c.headerRow}</label>
                  </div>
                  <fieldset class="group">
                    <legend>${c.columns}</legend>
                    ${CSV_FIELDS.map((field: CsvField) => html`<div class="field">
                      <label for="csv-col-${field}">${c.column[field]}</label>
                      <select id="csv-col-${field}" @change=${(e: Event) => {
                        const v = (e.target as HTMLSelectElement).value;
                        const map = { ...csv.map };
                        if (v === '') delete map[field];
                        else map[field] = Number(v);
                        this.csv = { ...csv, map };
                        void this.checkCsv();
                      }}>
                        <option value="" ?selected=${csv.map[field] === undefined}>${c.noColumn}</option>
                        ${Array.from({ length: width }, (_, i) => html`<option value=${i} ?selected=${csv.map[field] === i}>${header[i] || String(i + 1)}</option>`)}
                      </select>
                    </div>`)}
                  </fieldset>
                  <div class="field">
                    <label for="csv-joined">${c.joinedDate}</label>
                    <p class="hint" id="csv-joined-hint">${c.joinedHint}</p>
                    <input id="csv-joined" type="date" class="short" aria-describedby="csv-joined-hint" .value=${live(csv.joinedDate)} @change=${(e: Event) => (this.csv = { ...csv, joinedDate: (e.target as HTMLInputElement).value })} />
                  </div>`
              : nothing}
            ${csv.message ? html`<p class="notice">${csv.message}</p>` : nothing}
            ${rows.length === 0 && csv.checked
              ? html`<p>${c.empty}</p>`
              : rows.length
                ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="csv-rows-caption">
                    <table>
                      <caption id="csv-rows-caption">${c.preview}</caption>
                      <thead><tr><th scope="col">${c.rowColumn}</th>${CSV_FIELDS.filter((f) => csv.map[f] !== undefined).map((f) => html`<th scope="col">${c.column[f]}</th>`)}<th scope="col">${c.checkColumn}</th></tr></thead>
                      <tbody>
                        ${rows.map((r) => html`<tr class=${r.problems.length ? 'bad' : 'good'}>
                          <th scope="row">${c.row(r.line)}</th>
                          ${CSV_FIELDS.filter((f) => csv.map[f] !== undefined).map((f) => html`<td>${r.cells[csv.map[f]!] ?? ''}</td>`)}
                          <td>${r.problems.length
                            ? html`<ul class="problems">${r.problems.map((p) => html`<li>${p}</li>`)}</ul>${csv.checked ? nothing : html`<button type="button" class="small" @click=${() => {
                                this.importRows([r]);
                                this.csv = { ...csv, kept: csv.kept?.filter((k) => k !== r) };
                              }}>${c.addAnyway}</button>`}`
                            : c.ok}</td>
                        </tr>`)}
                      </tbody>
                    </table>
                  </div>`
                : nothing}
            ${csv.checked && good ? html`<button type="button" class="primary" @click=${this.addCheckedRows}>${c.add(good)}</button>` : nothing}`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-agreement-editor': SamverkanAgreementEditor;
  }
}
