import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages the elements are written in; Swedish is the default. */
export type UiLang = 'sv' | 'en';

/**
 * Follows the language that applies to an element: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else Swedish. Re-renders the host when any of those `lang` attributes changes.
 */
export class LangController implements ReactiveController {
  private observer?: MutationObserver;

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

  /** The UI language: English for any `en` tag, Swedish otherwise. */
  get lang(): UiLang {
    return this.tag.toLowerCase().split('-')[0] === 'en' ? 'en' : 'sv';
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    // A change of lang anywhere above the element can change its language.
    this.observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
