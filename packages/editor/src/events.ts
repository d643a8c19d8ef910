/**
 * Fired when the person saves: `json` is exactly the file written (what `samverkan validate` reads).
 * Call `preventDefault()` to keep the file yourself (send it to your own server) instead of the
 * download or the browser's save dialog.
 *
 * @example
 * ```ts
 * editor.addEventListener('samverkan-save', (e) => {
 *   e.preventDefault();
 *   void fetch('/api/agreement', { method: 'PUT', body: e.json, headers: { 'content-type': 'application/json' } });
 * });
 * ```
 */
export class SamverkanSaveEvent extends Event {
  constructor(
    /** The agreement as the file holds it: JSON, two-space indented, ending in a new line. */
    readonly json: string,
    /** The file name offered: `agreement.json`. */
    readonly fileName: string,
  ) {
    super('samverkan-save', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'samverkan-save': SamverkanSaveEvent;
  }
}
