import type { AgreementListing, ListingArea } from '@samverkan/core/light';
import type { LoadErrorReason } from './internal/i18n.js';

/**
 * Fired when a listing could not load its `src`: bubbles and crosses shadow roots. The element shows the
 * message itself; the event lets a page log the failure or fall back.
 *
 * @example
 * ```ts
 * el.addEventListener('samverkan-load-error', (e) => console.warn(e.reason, e.src, e.message));
 * ```
 */
export class SamverkanLoadErrorEvent extends Event {
  static readonly type = 'samverkan-load-error';
  constructor(
    /** Why: `network`, `timeout`, `http`, `content-type`, `too-large`, `not-json` or `invalid`. */
    readonly reason: LoadErrorReason,
    readonly src: string,
    /** The message the element shows, in its language. */
    readonly message: string,
    /** The HTTP status, for `http`. */
    readonly status?: number,
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

declare global {
  interface GlobalEventHandlersEventMap {
    'samverkan-load-error': SamverkanLoadErrorEvent;
    'samverkan-area-select': SamverkanAreaSelectEvent;
  }
}
