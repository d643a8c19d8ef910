import type { CommonText, UiPack, UiText } from '@samverkan/core/light';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onPackChange, packFor, packsSettled } from './language.js';

/**
 * Follows the language that applies to an element: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else Swedish. Re-renders the host when any of those `lang` attributes changes,
 * and when the language's pack arrives (built-in packs other than Swedish load on demand).
 */
export class LangController implements ReactiveController {
  private observer?: MutationObserver;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The full language tag in force, e.g. `en-GB`, or `sv` when none is set. */
  get tag(): string {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) {
        const value = node.getAttribute('lang')!.trim();
        if (value) return value;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return 'sv';
  }

  /** The language pack the element speaks now; `undefined` for the built-in Swedish (also while another loads). */
  get pack(): UiPack | undefined {
    return packFor(this.tag);
  }

  /** The tag of the pack in use: the language the element's own words are in. */
  get lang(): string {
    return this.pack?.locale ?? 'sv';
  }

  /** A section of the interface in the language in use; `sv` is the element's own Swedish section. */
  ui<K extends keyof UiText>(section: K, sv: UiText[K]): UiText[K] {
    return this.pack?.ui[section] ?? sv;
  }

  /** A section of the shared words (resources, phases) in the language in use; `sv` is the element's own Swedish one. */
  common<K extends keyof CommonText>(section: K, sv: CommonText[K]): CommonText[K] {
    return this.pack?.common[section] ?? sv;
  }

  /** Settles when the pack for the language in force has arrived, so `updateComplete` can wait for it. */
  get settled(): Promise<void> {
    return packsSettled(this.tag);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    // A change of lang anywhere above the element can change its language.
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    this.unsubscribe = onPackChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
