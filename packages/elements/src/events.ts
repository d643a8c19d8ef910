import type { Interest } from '@samverkan/core';
import type { AgreementListing, ListingArea } from '@samverkan/core/light';
import type { LoadErrorReason } from './internal/i18n.js';

/**
 * Fired when an element could not load its `src`: bubbles and crosses shadow roots. Visitors see a short
 * message in the element; the event (and the console) carries the details for the page's developer, so
 * a page can log the failure or fall back.
 *
 * @example
 * ```ts
 * el.addEventListener('samverkan-load-error', (e) => myLog.report(e.reason, e.src, e.message, e.retryable));
 * ```
 */
export class SamverkanLoadErrorEvent extends Event {
  static readonly type = 'samverkan-load-error';
  constructor(
    /** Why: `network`, `timeout`, `http`, `content-type`, `too-large`, `not-json` or `invalid`. */
    readonly reason: LoadErrorReason,
    readonly src: string,
    /** What went wrong and what to do about it, for the developer, in the element's language. */
    readonly message: string,
    /** The HTTP status, for `http`. */
    readonly status?: number,
    /** Whether trying again can help (network, timeout, 5xx): then the element offers a button for it. */
    readonly retryable = false,
  ) {
    super(SamverkanLoadErrorEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the user selects an area in `<samverkan-area-list>`: bubbles and crosses shadow roots.
 *
 * @example
 * ```ts
 * list.addEventListener('samverkan-area-select', (e) => showDetails(e.areaId));
 * ```
 */
export class SamverkanAreaSelectEvent extends Event {
  static readonly type = 'samverkan-area-select';
  constructor(
    readonly areaId: string,
    readonly area: ListingArea,
    readonly agreement: AgreementListing,
  ) {
    super(SamverkanAreaSelectEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired by `<samverkan-match-form>` with the checked interest, before it is sent: bubbles, crosses shadow
 * roots and can be cancelled. Cancel it to send the interest yourself; otherwise the form POSTs it to
 * its `action`.
 *
 * @example
 * ```ts
 * form.addEventListener('samverkan-submit', (e) => {
 *   e.preventDefault();
 *   myApi.save(e.interest);
 * });
 * ```
 */
export class SamverkanSubmitEvent extends Event {
  static readonly type = 'samverkan-submit';
  constructor(
    /** The interest, checked with core's schema; it holds the contact person, so keep it private. */
    readonly interest: Interest,
  ) {
    super(SamverkanSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fired by `<samverkan-match-form>` when the interest has been received: by the `action` (with its
 * status and answer), or handed over without one. Bubbles and crosses shadow roots.
 *
 * @example
 * ```ts
 * form.addEventListener('samverkan-submitted', (e) => analytics.count('interest', e.status));
 * ```
 */
export class SamverkanSubmittedEvent extends Event {
  static readonly type = 'samverkan-submitted';
  constructor(
    readonly interest: Interest,
    /** The HTTP status of the answer, when the form POSTed to `action`. */
    readonly status?: number,
    /** The receiver's answer, parsed from JSON, when there was one. */
    readonly response?: unknown,
  ) {
    super(SamverkanSubmittedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samverkan-load-error': SamverkanLoadErrorEvent;
    'samverkan-area-select': SamverkanAreaSelectEvent;
    'samverkan-submit': SamverkanSubmitEvent;
    'samverkan-submitted': SamverkanSubmittedEvent;
  }
}
