import type { AgreementListing, UiText } from '@samverkan/core/light';
import { page as svPage } from '@samverkan/core/locales/sv/page';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { SamverkanLoadErrorEvent } from '../events.js';
import { headingLevel } from './heading.js';
import { LangController } from './lang-controller.js';
import type { LoadErrorReason } from './i18n.js';
import { MALMO_LISTING } from './malmo-listing.js';

type LoadState = 'ready' | 'loading' | 'error';

interface Failure {
  reason: LoadErrorReason;
  src: string;
  details?: { status?: number | undefined; count?: number | undefined; path?: string | undefined };
  /** The Swedish wording of load errors, which comes with the code that loads. */
  words?: UiText['loadErrors'];
}

/**
 * What the listings share: the agreement they show (Malmöandan by default, `src` to load another, or the
 * `agreement` property), loading with a polite announcement, an error box with a retry, the language, the
 * heading level, and `:state(loading)` / `:state(error)` for styling.
 */
export class AgreementElement extends LitElement {
  // Declared as static properties rather than decorators: the same reactive properties, without the
  // decorator helpers a bundle would otherwise carry.
  static override properties = {
    src: {},
    timeout: { type: Number },
    agreement: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    loadState: { state: true },
    loaded: { state: true },
    failure: { state: true },
  };

  /** The URL of an agreement.json to show instead of the Malmöandan default. */
  declare src: string | undefined;

  /** How long to wait for `src`, in milliseconds. Default 10 000. */
  declare timeout: number;

  /**
   * An agreement's public listing to show, set from script (make it with `toListing` from
   * `@samverkan/core`); `src` wins when both are set.
   */
  declare agreement: AgreementListing | undefined;

  /** The level (1–6) of the element's heading, so it fits the host page's outline. Default 2. */
  declare headingLevel: number;

  /** @internal */
  protected declare loadState: LoadState;
  /** @internal */
  private declare loaded: AgreementListing | undefined;
  /** @internal */
  private declare failure: Failure | undefined;

  constructor() {
    super();
    this.timeout = 10_000;
    this.headingLevel = 2;
    this.loadState = 'ready';
  }

  protected readonly language = new LangController(this);
  private readonly internals: ElementInternals = this.attachInternals();
  private loadToken = 0;

  /** The listing shown now. */
  protected get listing(): AgreementListing {
    if (this.src) return this.loaded ?? EMPTY;
    return this.agreement ?? MALMO_LISTING;
  }

  /** Today's date where the reader is, `YYYY-MM-DD`: which hosts sit now, the date an interest is sent. */
  protected today(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }

  /**
   * Whether to show the server-rendered HTML inside the tag (from `samverkan render`) rather than a
   * loading message: while `src` loads, the page keeps what it already shows, so nothing flashes. Once
   * loaded, the element draws itself and, having no other slot, the HTML inside is no longer shown.
   */
  protected get showsFallback(): boolean {
    return this.loadState === 'loading' && this.childElementCount > 0;
  }

  protected get level(): number {
    return headingLevel(this.headingLevel);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('timeout')) void this.load();
    if (changed.has('loadState')) {
      for (const s of ['loading', 'error'] as const) {
        try {
          if (this.loadState === s) this.internals.states.add(s);
          else this.internals.states.delete(s);
        } catch {
          // A browser without custom states still shows and announces the state.
        }
      }
    }
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.failure = undefined;
    this.loaded = undefined;
    if (!this.src) {
      this.loadState = 'ready';
      return;
    }
    const src = this.src;
    this.loadState = 'loading';
    let remote: typeof import('./remote.js') | undefined;
    try {
      remote = await import('./remote.js');
      const listing = await remote.loadListing(src, this.timeout);
      if (token !== this.loadToken) return;
      this.loaded = listing;
      this.loadState = 'ready';
    } catch (error) {
      if (token !== this.loadToken) return;
      // Without the loading code (it could not be fetched) there is only the short wording.
      const e = remote && error instanceof remote.AgreementLoadError ? error : undefined;
      this.failure = { reason: e?.reason ?? 'network', src, ...(e ? { details: e, words: remote!.svLoadErrors } : {}) };
      this.loadState = 'error';
      const details = this.failureDetails()!;
      // The visitor sees a short message; the developer gets the details here and in the event.
      console.warn(`<${this.localName}>: ${details}`);
      this.dispatchEvent(new SamverkanLoadErrorEvent(this.failure.reason, src, details, e?.status, retryable(this.failure)));
    }
  }

  /**
   * Also waits for the element's language pack, which loads on demand for languages other than Swedish,
   * so `await el.updateComplete` sees the element in its own language.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.language.settled;
    return (await super.getUpdateComplete()) && first;
  }

  /** The failure in a developer's words, in the element's language now. */
  private failureDetails(): string | undefined {
    const f = this.failure;
    if (!f) return undefined;
    if (!f.words || !f.details) return this.language.ui('page', svPage).loadFailed(f.src);
    const e = f.details;
    return this.language.ui('loadErrors', f.words)[f.reason]({
      src: f.src,
      ...(e.status !== undefined ? { status: e.status } : {}),
      ...(e.count !== undefined ? { count: e.count } : {}),
      ...(e.path ? { path: e.path } : {}),
    });
  }

  /**
   * The live region that announces loading (or `message`), and the error box when loading failed: a short
   * message for visitors, with a button to try again only where trying again can help.
   */
  protected renderStatus(message = '') {
    const t = this.language.ui('page', svPage);
    const f = this.failure;
    const again = f ? retryable(f) : false;
    return html`<p part="status" class="status" role="status">${this.loadState === 'loading' ? t.loading : message}</p>
      ${f
        ? html`<div part="error-message" class="error" role="alert">
            <p>${again ? t.unavailableRetry : t.unavailable}</p>
            ${again ? html`<button part="button retry-button" type="button" @click=${() => void this.load()}>${t.retry}</button>` : nothing}
          </div>`
        : nothing}`;
  }
}

/**
 * Whether loading again can help: a network failure, a timeout, or a server that failed or asked to be
 * asked later (5xx, 408, 429). A missing file, a wrong type or an invalid agreement stays so until a
 * person corrects it.
 */
function retryable(f: Failure): boolean {
  if (f.reason === 'network' || f.reason === 'timeout') return true;
  const status = f.details?.status;
  return f.reason === 'http' && status !== undefined && (status >= 500 || status === 408 || status === 429);
}

const EMPTY: AgreementListing = {
  id: '',
  name: { sv: '' },
  municipality: '',
  status: { state: 'draft' },
  hosting: false,
  principles: [],
  plan: null,
  areas: [],
  collaborations: [],
  targetGroups: [],
  districts: [],
  departments: [],
  forms: [],
};
