import { formatPercent, localize, type LocalizedText, type UiText } from '@samverkan/core/light';
import { resources as svResources } from '@samverkan/core/locales/sv/resources';
import { form as svForm } from '@samverkan/core/locales/sv/form';
import type { Interest, Match, PublicInterest } from '@samverkan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SamverkanAreaSelectEvent, SamverkanSubmitEvent, SamverkanSubmittedEvent } from '../../events.js';
import { AgreementElement } from '../../internal/agreement-element.js';
import { heading } from '../../internal/heading.js';
import { dirFor, safeHref, textLang } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import type { CheckResult } from './check.js';
import {
  clearDraft,
  emptyState,
  FIELDS,
  randomHex,
  readDraft,
  writeDraft,
  type Field,
  type FieldErrors,
  type FlagField,
  type FormState,
  type ListField,
  type Pending,
} from './form-state.js';
import type { SendResult } from './send.js';
import { styles } from './match-form.styles.js';

type Phase = 'editing' | 'submitting' | 'success' | 'failure';
type SendFailure = { kind: 'offline' | 'unavailable' | 'too-fast' | 'check' } | { kind: 'rejected'; status: number; messages: string[] };
type Option = { id: string; label: string; lang?: string; dir?: 'auto' | typeof nothing };

const LIST_FIELDS = new Set<Field>(['areas', 'targetGroups', 'districts', 'offers', 'seeks', 'forms']);
const FLAG_FIELDS = new Set<Field>(['wantsToHost', 'consent', 'listed']);

/** An interest's id: the name as a slug, and the draft's random tail so two with one name never collide. */
function interestId(state: FormState, tail: string): string {
  const base = state.kind === 'department' ? state.department : state.name;
  const slug = base.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/^-+|-+$/g, '');
  return `${slug || 'intresse'}-${tail}`;
}

/**
 * `<samverkan-match-form>`: the form an organisation or a department fills in to say what it wants to do
 * together (samverkansintresse), for the coordinators' matchmaking. It asks for the areas of the loaded
 * agreement (Malmöandan by default, or `src`), target groups, ages, districts, what is offered and sought,
 * forms of collaboration, hosting and a contact person, with a required consent, a link to the privacy
 * notice and a note that what is sent becomes a public document. It checks with core's schemas, shows an
 * error summary on a failed submit, keeps a draft in sessionStorage, and sends once however often the
 * button is pressed or the network fails.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/samverkan/cdn/match-form.js"></script>
 * <samverkan-match-form action="/api/interests" privacy-href="/personuppgifter"
 *   candidates-src="/data/interests-public.json"></samverkan-match-form>
 * ```
 *
 * @csspart base - The box around the whole form.
 * @csspart heading - The form's heading.
 * @csspart status - The polite live region that announces loading, sending and the outcome.
 * @csspart error-message - The box that says why the agreement could not be loaded.
 * @csspart retry-button - The button in that box that loads again.
 * @csspart error-summary - The summary of the problems after a failed submit.
 * @csspart field - Each field with its label, hint and message.
 * @csspart field-error - A field's error message.
 * @csspart notice - The notice about personal data and public documents.
 * @csspart submit-button - The button that sends the form.
 * @csspart matches-button - The button that shows possible partners.
 * @csspart failure - The box that says why sending failed.
 * @csspart success - The thank-you box after sending.
 * @csspart matches - The list of possible partners.
 * @csspart section-heading - The headings that divide the form.
 * @csspart field-label - A field's label or a group's legend.
 * @csspart hint - A field's hint and the form's other small print.
 * @csspart input - Each text field and the description box.
 * @csspart select - Each drop-down list (legal form, department), styled as the area list's filters.
 * @csspart checkbox - Each checkbox.
 * @csspart radio - Each radio button.
 * @csspart choice - The label around a checkbox or a radio button.
 * @csspart link - The link to the privacy notice.
 * @csspart button - Every button (send, show matches, send another, clear).
 * @cssproperty --samverkan-color-text - Text colour. Defaults to the page's.
 * @cssproperty --samverkan-color-surface - Background of the box. Defaults to transparent.
 * @cssproperty --samverkan-color-border - Border colour. Defaults to the text colour.
 * @cssproperty --samverkan-color-accent - Checkboxes and radio buttons (their accent-color). Defaults to the browser's.
 * @cssproperty --samverkan-color-heading - Headings. Defaults to the text colour.
 * @cssproperty --samverkan-font-heading - The headings' font family. Defaults to the page's font.
 * @cssproperty --samverkan-color-focus - The focus ring. Defaults to the text colour.
 * @cssproperty --samverkan-focus-width - The focus ring's width. Defaults to 3px.
 * @cssproperty --samverkan-color-link - The privacy link. Defaults to the text colour.
 * @cssproperty --samverkan-color-input - Fields' background. Defaults to transparent.
 * @cssproperty --samverkan-color-input-text - Fields' text. Defaults to the text colour.
 * @cssproperty --samverkan-color-input-border - Fields' border. Defaults to the text colour.
 * @cssproperty --samverkan-input-border-width - Fields' border width. Defaults to 2px.
 * @cssproperty --samverkan-color-error - Error borders and messages. By default a red mixed with the text colour, which stays at least 4.5:1 against a light page with dark text and a dark page with light text; set it to fix one colour for both.
 * @cssproperty --samverkan-color-error-accent - The red the default error colour is mixed from. Default #c8102e.
 * @cssproperty --samverkan-color-success - The thank-you box's border. Defaults to a green.
 * @cssproperty --samverkan-color-button - Buttons' background. Defaults to transparent.
 * @cssproperty --samverkan-color-button-text - Buttons' text. Defaults to the text colour.
 * @cssproperty --samverkan-color-button-border - Buttons' border. Defaults to the text colour.
 * @cssproperty --samverkan-space - Base spacing. Defaults to 1rem.
 * @cssproperty --samverkan-gap - The gap between fields. Defaults to the base spacing.
 * @cssproperty --samverkan-radius - Corner radius. Defaults to 0.5rem.
 * @cssstate loading - While `src` is being loaded.
 * @cssstate error - When `src` could not be loaded.
 * @fires samverkan-submit - With the checked interest before it is sent; cancel it to send it yourself (a `SamverkanSubmitEvent`).
 * @fires samverkan-submitted - When the interest has been received (a `SamverkanSubmittedEvent`).
 * @fires samverkan-load-error - When `src` could not be loaded (a `SamverkanLoadErrorEvent`).
 */
export class SamverkanMatchForm extends AgreementElement {
  static override styles = [sharedStyles, styles];
  static override properties = {
    ...AgreementElement.properties,
    action: {},
    privacyHref: { attribute: 'privacy-href' },
    candidatesSrc: { attribute: 'candidates-src' },
    minFillSeconds: { attribute: 'min-fill-seconds', type: Number },
    heading: {},
    ignoreAreaSelect: { attribute: 'ignore-area-select', type: Boolean },
    form: { state: true },
    ticked: { state: true },
    errors: { state: true },
    phase: { state: true },
    sendFailure: { state: true },
    summary: { state: true },
    restored: { state: true },
    proposals: { state: true },
  };

  /** The URL the interest is POSTed to as JSON. Without it, only the `samverkan-submit` event carries it. */
  declare action: string | undefined;

  /** The host site's privacy notice (integritetsmeddelande), linked beside the consent. */
  declare privacyHref: string | undefined;

  /** The URL of a public list of interests (no contact persons) to propose partners from. */
  declare candidatesSrc: string | undefined;

  /** A form sent sooner than this many seconds after it was shown is taken for a robot's. Default 3. */
  declare minFillSeconds: number;

  /** Replaces the default heading text. */
  declare heading: string | undefined;

  /**
   * By default, choosing an area in a `<samverkan-area-list>` of the same agreement on the page ticks it
   * here (the form hears the list's `samverkan-area-select`). Set this to leave the form alone.
   */
  declare ignoreAreaSelect: boolean;

  /** @internal */
  private declare form: FormState;
  /** @internal The area just ticked from a list on the page, announced in the status. */
  private declare ticked: string | undefined;
  /** @internal Every problem found now, shown only for fields touched or after a submit. */
  private declare errors: FieldErrors;
  /** @internal */
  private declare phase: Phase;
  /** @internal */
  private declare sendFailure: SendFailure | undefined;
  /**
   * @internal The problems listed in the error summary, as they were at the last submit. The list holds
   * still while the user corrects them (a corrected field keeps its line until the next submit), so the
   * alert is not announced again on every keystroke; a message is reworded when the language changes.
   */
  private declare summary: [Field, string][];
  /** @internal */
  private declare restored: boolean;
  /** @internal `undefined`: not asked; `null`: loading; or the matches, or an Error. */
  private declare proposals: Match[] | null | Error | undefined;

  private readonly touched = new Set<Field>();
  private attempted = false;
  private busy = false;
  private shownAt = 0;
  private pending: Pending | undefined;
  private tail = randomHex(4);
  private checker: Promise<typeof import('./check.js')> | undefined;

  constructor() {
    super();
    this.minFillSeconds = 3;
    this.ignoreAreaSelect = false;
    this.form = emptyState();
    this.errors = {};
    this.phase = 'editing';
    this.summary = [];
    this.restored = false;
  }

  /** Where the draft is kept: one per page and form. */
  private get draftKey(): string {
    return `samverkan-match-form:${location.pathname}#${this.id}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On the window, in the capture phase: a press anywhere on the page (pointerdown comes before the
    // focusout it causes).
    addEventListener('pointerdown', this.onPointerDown, true);
    // Events, not reaching into the list: any list of the same agreement on the page can tick an area.
    this.ownerDocument.addEventListener(SamverkanAreaSelectEvent.type, this.onAreaSelect);
    this.shownAt = Date.now();
    const draft = readDraft(this.draftKey);
    if (draft) {
      this.form = draft.state;
      this.tail = draft.tail;
      this.pending = draft.pending;
      this.restored = true;
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The form collects personal data: the page owes the user a link to how it is processed (GDPR art. 13).
    // Without a usable privacy-href no link is shown, so the developer is told, once per form.
    if (!safeHref(this.privacyHref)) {
      console.warn(
        `<samverkan-match-form${this.id ? ` id="${this.id}"` : ''}>: no http(s) privacy-href, so the form shows no link to how personal data is processed. Set privacy-href to the site's privacy notice.`,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pointerdown', this.onPointerDown, true);
    this.ownerDocument.removeEventListener(SamverkanAreaSelectEvent.type, this.onAreaSelect);
  }

  /** An area chosen in a list of the same agreement is ticked here, and the status says so. */
  private readonly onAreaSelect = (e: SamverkanAreaSelectEvent): void => {
    if (this.ignoreAreaSelect || this.phase === 'success' || this.phase === 'submitting') return;
    const listing = this.listing;
    if (e.agreement.id !== listing.id || !listing.areas.some((a) => a.id === e.areaId)) return;
    if (!this.form.areas.includes(e.areaId)) {
      this.form = { ...this.form, areas: [...this.form.areas, e.areaId] };
      this.saveDraft();
      if (this.touched.has('areas') || this.attempted) void this.revalidate();
    }
    this.ticked = localize(e.area.name, this.language.lang);
  };

  private saveDraft(): void {
    writeDraft(this.draftKey, { state: this.form, tail: this.tail, pending: this.pending });
  }

  private get t(): UiText['form'] {
    return this.language.ui('form', svForm);
  }

  private loadChecker(): Promise<typeof import('./check.js')> {
    if (!this.checker) {
      this.checker = import('./check.js');
      // A failed load is not kept, so the next try fetches again.
      this.checker.catch(() => (this.checker = undefined));
    }
    return this.checker;
  }

  /** Checks the whole form; `undefined` when the checking code could not be loaded. */
  private async check(): Promise<CheckResult<Interest> | undefined> {
    const checker = await this.loadChecker().catch(() => undefined);
    return checker?.checkForm(this.form, this.language.pack?.ui.check, this.meta());
  }

  /** Checks what a match needs, without the contact details. */
  private async checkForMatching(): Promise<CheckResult<PublicInterest> | undefined> {
    const checker = await this.loadChecker().catch(() => undefined);
    return checker?.checkForm(this.form, this.language.pack?.ui.check, this.meta(), true);
  }

  private meta() {
    return { id: interestId(this.form, this.tail), submitted: this.today() };
  }

  private async revalidate(): Promise<void> {
    const result = await this.check();
    if (result) this.errors = result.errors;
  }

  private onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const field = input.name as Field;
    // Edits while a submission is under way are kept; they go with the next one, under a new key.
    if (!(FIELDS as readonly string[]).includes(field)) return;
    const form = { ...this.form };
    if (LIST_FIELDS.has(field)) {
      const list = form[field as ListField].filter((v) => v !== input.value);
      form[field as ListField] = input.checked ? [...list, input.value] : list;
    } else if (FLAG_FIELDS.has(field)) {
      form[field as FlagField] = input.checked;
    } else {
      (form as Record<string, unknown>)[field] = input.value;
    }
    this.form = form;
    this.ticked = undefined;
    if (this.phase === 'failure') this.phase = 'editing';
    this.saveDraft();
    if (this.touched.has(field) || this.attempted || e.type === 'change') {
      this.touched.add(field);
      void this.revalidate();
    }
  }

  private async onFocusOut(e: FocusEvent): Promise<void> {
    const field = (e.target as HTMLInputElement).name as Field;
    if (!(FIELDS as readonly string[]).includes(field) || this.touched.has(field)) return;
    // Leaving an untouched, empty field is not yet a mistake; leaving one with a value is a check.
    const value = this.form[field];
    if (Array.isArray(value) ? value.length === 0 : value === '' || value === false) return;
    // A field left by pressing on something else (a checkbox below it) shows its message only once that
    // press has become a click: a message appearing between press and release would move the target
    // away from the pointer, and the click would land on nothing.
    await this.pointerReleased;
    this.touched.add(field);
    void this.revalidate();
  }

  /** Settles once no pointer is pressed and the click a press makes has been delivered. */
  private pointerReleased: Promise<void> = Promise.resolve();

  private readonly onPointerDown = (): void => {
    this.pointerReleased = new Promise((resolve) => {
      const done = () => {
        removeEventListener('pointerup', done, true);
        removeEventListener('pointercancel', done, true);
        // The click follows pointerup in the same task; a task later it has been delivered.
        setTimeout(resolve);
      };
      addEventListener('pointerup', done, true);
      addEventListener('pointercancel', done, true);
    });
  };

  /** The field's control, to move focus to from the error summary (links cannot reach into the shadow root). */
  private focusField(field: Field): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    const control = target?.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea') : target;
    control?.focus();
    (target ?? control)?.scrollIntoView?.({ block: 'center' });
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    // A second click while one submission is under way does nothing: one submission, one request.
    if (this.busy) return;
    this.busy = true;
    try {
      await this.submitOnce();
    } finally {
      this.busy = false;
    }
  }

  private async submitOnce(): Promise<void> {
    this.attempted = true;
    this.sendFailure = undefined;
    const result = await this.check();
    if (!result) return this.fail({ kind: 'check' });
    this.errors = result.errors;
    if (!result.ok) {
      this.phase = 'editing';
      return this.showSummary(result.errors);
    }
    this.summary = [];
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('input[name="homepage"]')?.value;
    if (honeypot) {
      // A robot filled in the field no person sees: it is told it succeeded, and nothing is sent.
      this.phase = 'success';
      return;
    }
    if (Date.now() - this.shownAt < this.minFillSeconds * 1000) return this.fail({ kind: 'too-fast' });
    const interest = result.interest;
    const event = new SamverkanSubmitEvent(interest);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const body = JSON.stringify(interest);
    if (!this.action) return this.succeed(interest, undefined);
    // The same content keeps its key, so a retry after a lost answer is stored once.
    if (this.pending?.body !== body) this.pending = { key: randomHex(), body };
    this.saveDraft();
    this.phase = 'submitting';
    const { send } = await this.loadChecker();
    const sent: SendResult = await send(this.action, body, this.pending.key, { fillSeconds: (Date.now() - this.shownAt) / 1000 });
    if (sent.ok) return this.succeed(interest, sent);
    this.fail(sent.reason === 'rejected' ? { kind: 'rejected', status: sent.status, messages: sent.messages } : { kind: sent.reason });
  }

  /** Lists these problems in the error summary and moves focus to it. */
  private async showSummary(errors: FieldErrors): Promise<void> {
    this.summary = FIELDS.flatMap((f) => (errors[f] ? [[f, errors[f]] as [Field, string]] : []));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
  }

  private fail(failure: SendFailure): void {
    this.sendFailure = failure;
    this.phase = 'failure';
  }

  private succeed(interest: Interest, sent: Extract<SendResult, { ok: true }> | undefined): void {
    clearDraft(this.draftKey);
    this.pending = undefined;
    this.restored = false;
    this.phase = 'success';
    this.dispatchEvent(new SamverkanSubmittedEvent(interest, sent?.status, sent?.body));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="success"]')?.focus());
    if (this.candidatesSrc) void this.findMatches(interest);
  }

  private async previewMatches(): Promise<void> {
    const result = await this.checkForMatching();
    if (!result) return this.fail({ kind: 'check' });
    if (!result.ok) {
      // Only what matching needs is checked here (no contact, no consent); those may come later.
      this.attempted = true;
      this.errors = { ...this.errors, ...result.errors };
      return this.showSummary(result.errors);
    }
    this.summary = [];
    await this.findMatches(result.interest);
  }

  private async findMatches(interest: PublicInterest): Promise<void> {
    const src = this.candidatesSrc;
    if (!src) return;
    this.proposals = null;
    try {
      const { findMatches } = await import('./candidates.js');
      this.proposals = await findMatches(interest, src, this.timeout, this.listing, this.language.pack ?? 'sv');
    } catch (error) {
      this.proposals = error instanceof Error ? error : new Error(String(error));
    }
  }

  private reset(): void {
    clearDraft(this.draftKey);
    this.form = emptyState();
    this.errors = {};
    this.summary = [];
    this.touched.clear();
    this.attempted = false;
    this.pending = undefined;
    this.tail = randomHex(4);
    this.restored = false;
    this.sendFailure = undefined;
    this.proposals = undefined;
    this.ticked = undefined;
    this.phase = 'editing';
    this.shownAt = Date.now();
  }

  private describeStatus(): string {
    const t = this.t;
    if (this.phase === 'submitting') return t.submitting;
    const m = this.proposals;
    if (this.ticked && this.phase !== 'success') return t.areaTicked(this.ticked);
    // The thank-you is said once, by the success box (focused and named by its heading), not repeated here.
    return m === null ? t.matchesLoading : Array.isArray(m) ? (m.length ? t.found(m.length) : t.matchesNone) : '';
  }

  override render() {
    if (this.showsFallback) return html`<slot></slot>`;
    const t = this.t;
    return html`<section part="base" aria-labelledby="heading" lang=${this.language.lang}>
      ${heading(this.level, this.heading ?? t.heading, { part: 'heading', id: 'heading' })}
      ${this.renderStatus(this.describeStatus())}
      <div class="content" aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}>
        ${this.loadState !== 'ready' ? nothing : this.phase === 'success' ? this.renderSuccess() : this.renderForm()}
        ${this.renderMatches()}
      </div>
    </section>`;
  }

  private renderSuccess() {
    const t = this.t;
    return html`<div part="success" class="success" tabindex="-1" aria-labelledby="success-heading">
      ${heading(this.level + 1, this.action ? t.successHeading : t.handedOver, { id: 'success-heading' })}
      <p>${t.successText}</p>
      <button part="button" type="button" @click=${() => this.reset()}>${t.another}</button>
    </div>`;
  }

  private renderForm() {
    const t = this.t;
    const lang = this.language.lang;
    const listing = this.listing;
    const s = this.form;
    const opts = (items: readonly { id: string; label?: LocalizedText; name?: LocalizedText }[]): Option[] =>
      items.map((i) => {
        const text = (i.name ?? i.label)!;
        return { id: i.id, label: localize(text, lang), lang: textLang(text, lang), dir: dirFor(text, lang) };
      });
    const resources: Option[] = Object.entries(this.language.common('resources', svResources)).map(([id, label]) => ({ id, label: label.charAt(0).toLocaleUpperCase(lang) + label.slice(1) }));
    const privacy = safeHref(this.privacyHref);
    const sub = Math.min(6, this.level + 1);
    return html`${this.renderSummary()}
      <form novalidate @submit=${this.submit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onFocusOut} @focusin=${() => void this.loadChecker().catch(() => undefined)}>
        <p class="intro">${t.intro}</p>
        ${this.restored
          ? html`<p class="restored">${t.restored} <button part="button" type="button" class="link" @click=${() => this.reset()}>${t.clear}</button></p>`
          : nothing}
        <fieldset part="field" id="kind" class="choices">
          <legend part="field-label">${t.who}</legend>
          ${(['organisation', 'department'] as const).map(
            (kind) => html`<label part="choice" class="choice"
              ><input part="radio" type="radio" name="kind" value=${kind} .checked=${s.kind === kind} />
              ${kind === 'organisation' ? t.kindOrganisation : t.kindDepartment}</label
            >`,
          )}
        </fieldset>
        ${s.kind === 'organisation'
          ? html`${this.textField('name', t.name, { autocomplete: 'organization' })}
            ${this.textField('organisationNumber', t.organisationNumber, { optional: true, hint: t.organisationNumberHint, inputmode: 'numeric' })}
            ${this.selectField('legalForm', t.legalForm, Object.entries(t.legalForms).map(([id, label]) => ({ id, label })), true)}`
          : this.selectField('department', t.department, opts(listing.departments), false)}
        ${heading(sub, t.what, { part: 'section-heading', className: 'section' })}
        ${this.checkboxes('areas', t.areas, opts(listing.areas), t.areasHint)}
        ${this.checkboxes('targetGroups', t.targetGroups, opts(listing.targetGroups))}
        <fieldset part="field" class="ages">
          <legend part="field-label">${t.ages}&nbsp;<span class="optional">${t.optional}</span></legend>
          ${this.textField('ageMin', t.ageMin, { inputmode: 'numeric', suffix: t.years, small: true })}
          ${this.textField('ageMax', t.ageMax, { inputmode: 'numeric', suffix: t.years, small: true })}
        </fieldset>
        ${this.checkboxes('districts', t.districts, opts(listing.districts))}
        ${this.checkboxes('offers', t.offers, resources)} ${this.checkboxes('seeks', t.seeks, resources)}
        ${this.checkboxes('forms', t.forms, opts(listing.forms))}
        <div part="field" class="field">
          <label part="choice" class="choice"><input part="checkbox" type="checkbox" id="wantsToHost" name="wantsToHost" .checked=${s.wantsToHost} /> ${t.wantsToHost}</label>
        </div>
        ${this.textField('description', t.description, { optional: true, multiline: true })}
        ${heading(sub, t.contact, { part: 'section-heading', className: 'section' })}
        <p part="hint" class="hint" id="contact-hint">${t.contactHint}</p>
        ${this.textField('contactName', t.contactName, { autocomplete: 'name' })}
        ${this.textField('contactEmail', t.contactEmail, { type: 'email', autocomplete: 'email', spellcheck: false })}
        ${this.textField('contactPhone', t.contactPhone, { type: 'tel', autocomplete: 'tel', optional: true })}
        ${heading(sub, t.privacy, { part: 'section-heading', className: 'section' })}
        <div part="notice" class="notice">
          <p>${t.publicRecord}</p>
          ${privacy ? html`<p><a part="link" href=${privacy}>${t.privacyLink}</a></p>` : nothing}
        </div>
        <div part="field" class="field ${this.shown('consent') ? 'invalid' : ''}">
          ${this.errorText('consent')}
          <label part="choice" class="choice"
            ><input
              part="checkbox"
              type="checkbox"
              id="consent"
              name="consent"
              .checked=${s.consent}
              aria-required="true"
              aria-invalid=${this.shown('consent') ? 'true' : 'false'}
              aria-describedby=${this.describedBy('consent')}
            />
            ${t.consent}</label
          >
        </div>
        <div part="field" class="field">
          <label part="choice" class="choice"><input part="checkbox" type="checkbox" id="listed" name="listed" .checked=${s.listed} /> ${t.listed}</label>
        </div>
        <div class="hp" aria-hidden="true">
          <label>${t.honeypot} <input type="text" name="homepage" tabindex="-1" autocomplete="off" /></label>
        </div>
        ${this.phase === 'failure' && this.sendFailure ? this.renderFailure(this.sendFailure) : nothing}
        <div class="actions">
          <button part="button submit-button" class="primary" type="submit" aria-disabled=${this.phase === 'submitting' ? 'true' : 'false'}>
            ${this.phase === 'submitting' ? t.submitting : t.submit}
          </button>
          ${this.candidatesSrc
            ? html`<button part="button matches-button" type="button" @click=${() => void this.previewMatches()}>${t.showMatches}</button>`
            : nothing}
        </div>
      </form>`;
  }

  private renderSummary() {
    const t = this.t;
    const fields = this.summary;
    if (fields.length === 0) return nothing;
    return html`<div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="summary-heading">
      <div role="alert">
        ${heading(this.level + 1, t.summary, { id: 'summary-heading' })}
        <p>${t.errorsFound(fields.length)}</p>
        <ul>
          ${fields.map(
            ([f, message]) =>
              html`<li>
                <a
                  href="#${f}"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    this.focusField(f);
                  }}
                  >${this.errors[f] ?? message}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderFailure(failure: SendFailure) {
    const t = this.t;
    const text = failure.kind === 'rejected' ? t.rejected(failure.status) : failure.kind === 'too-fast' ? t.tooFast : failure.kind === 'check' ? t.checkFailed : t[failure.kind];
    return html`<div part="failure" class="error" role="alert">
      <p>${text}</p>
      ${failure.kind === 'rejected' && failure.messages.length ? html`<ul>${failure.messages.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderMatches() {
    const t = this.t;
    const m = this.proposals;
    if (m === undefined || m === null) return nothing;
    const sub = Math.min(6, this.level + 1);
    return html`<div part="matches" class="matches">
      ${heading(sub, t.matches)}
      ${m instanceof Error
        ? html`<p>${t.matchesFailed}</p>`
        : m.length === 0
          ? html`<p>${t.matchesNone}</p>`
          : html`<ol>
              ${m.map(
                (match) => html`<li>
                  ${heading(sub + 1, match.name)}
                  <p class="score">${t.score(formatPercent(match.score, this.language.lang))}</p>
                  <ul>
                    ${match.explanation.map((line) => html`<li>${line}</li>`)}
                  </ul>
                </li>`,
              )}
            </ol>`}
      <p part="hint" class="hint">${t.matchesNote}</p>
    </div>`;
  }

  /** A field's message is shown once the user has touched it or tried to submit. */
  private shown(field: Field): string | undefined {
    return this.attempted || this.touched.has(field) ? this.errors[field] : undefined;
  }

  private describedBy(field: Field, hint?: boolean): string | typeof nothing {
    const ids = [hint ? `${field}-hint` : '', this.shown(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private errorText(field: Field) {
    const message = this.shown(field);
    return message
      ? html`<p part="field-error" class="field-error" id="${field}-error"><span class="visually-hidden">${this.t.errorPrefix} </span>${message}</p>`
      : nothing;
  }

  private textField(
    field: Exclude<Field, ListField | FlagField | 'kind'>,
    label: string,
    o: { type?: string; autocomplete?: string; inputmode?: string; optional?: boolean; hint?: string; multiline?: boolean; suffix?: string; small?: boolean; spellcheck?: boolean } = {},
  ): TemplateResult {
    const invalid = Boolean(this.shown(field));
    const value = this.form[field];
    const attrs = { id: field, invalid, describedBy: this.describedBy(field, Boolean(o.hint)) };
    // Required fields say so to assistive technology, not only by the absence of "(optional)".
    const required = !o.optional && field !== 'ageMin' && field !== 'ageMax' ? 'true' : nothing;
    return html`<div part="field" class="field ${invalid ? 'invalid' : ''} ${o.small ? 'small' : ''}">
      <label part="field-label" for=${field}>${label}${o.optional ? html`&nbsp;<span class="optional">${this.t.optional}</span>` : nothing}</label>
      ${o.hint ? html`<p part="hint" class="hint" id="${field}-hint">${o.hint}</p>` : nothing} ${this.errorText(field)}
      ${o.multiline
        ? html`<textarea part="input" id=${attrs.id} name=${field} rows="4" .value=${value} aria-required=${required} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${attrs.describedBy}></textarea>`
        : html`<span class="input-row"
            ><input
              part="input"
              id=${attrs.id}
              name=${field}
              type=${o.type ?? 'text'}
              .value=${value}
              autocomplete=${o.autocomplete ?? 'off'}
              inputmode=${o.inputmode ?? nothing}
              spellcheck=${o.spellcheck === false ? 'false' : nothing}
              aria-required=${required}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${attrs.describedBy}
            />${o.suffix ? html` <span class="suffix">${o.suffix}</span>` : nothing}</span
          >`}
    </div>`;
  }

  private selectField(field: 'legalForm' | 'department', label: string, options: Option[], optional: boolean): TemplateResult {
    const invalid = Boolean(this.shown(field));
    const value = this.form[field];
    return html`<div part="field" class="field ${invalid ? 'invalid' : ''}">
      <label part="field-label" for=${field}>${label}${optional ? html`&nbsp;<span class="optional">${this.t.optional}</span>` : nothing}</label>
      ${this.errorText(field)}
      <select part="select" id=${field} name=${field} aria-required=${optional ? nothing : 'true'} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${this.describedBy(field)}>
        <option value="" ?selected=${value === ''}>${this.t.choose}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === value} lang=${o.lang ?? nothing}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  private checkboxes(field: ListField, legend: string, options: Option[], hint?: string): TemplateResult | typeof nothing {
    if (options.length === 0) return nothing;
    const invalid = Boolean(this.shown(field));
    const chosen = this.form[field];
    const required = field === 'areas';
    return html`<fieldset
      part="field"
      id=${field}
      class="choices ${invalid ? 'invalid' : ''}"
      aria-describedby=${this.describedBy(field, Boolean(hint))}
    >
      <legend part="field-label">${legend}${required ? nothing : html`&nbsp;<span class="optional">${this.t.optional}</span>`}</legend>
      ${hint ? html`<p part="hint" class="hint" id="${field}-hint">${hint}</p>` : nothing} ${this.errorText(field)}
      ${options.map(
        (o) => html`<label part="choice" class="choice"
          ><input part="checkbox" type="checkbox" name=${field} value=${o.id} .checked=${chosen.includes(o.id)} /> <span lang=${o.lang ?? nothing} dir=${o.dir ?? nothing}>${o.label}</span></label
        >`,
      )}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-match-form': SamverkanMatchForm;
  }
}
