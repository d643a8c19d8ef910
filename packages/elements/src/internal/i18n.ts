import type { LocalizedText } from '@samverkan/core/light';
import type { UiLang } from './lang-controller.js';

/**
 * Why loading an agreement with `src` failed: the network, the timeout, an HTTP error status, a content
 * type that is not JSON, a file too large, text that is not JSON, or JSON that is not a valid agreement.
 * Each has wording in Swedish and English.
 *
 * @example
 * ```ts
 * el.addEventListener('samverkan-load-error', (e) => {
 *   const reason: LoadErrorReason = e.reason;
 *   if (reason === 'invalid') console.warn('Check the file with samverkan validate');
 * });
 * ```
 */
export type LoadErrorReason = 'network' | 'timeout' | 'http' | 'content-type' | 'too-large' | 'not-json' | 'invalid';

interface Strings {
  loading: string;
  /** Said when even the loading code could not be fetched; the detailed wording comes with that code. */
  loadFailed: (src: string) => string;
  retry: string;
  principles: string;
  noPrinciples: string;
}

export const STRINGS: Record<UiLang, Strings> = {
  sv: {
    loading: 'Hämtar överenskommelsen …',
    loadFailed: (src) => `Överenskommelsen kunde inte hämtas från ${src}. Försök igen.`,
    retry: 'Försök igen',
    principles: 'Principer för samverkan',
    noPrinciples: 'Överenskommelsen anger inga principer.',
  },
  en: {
    loading: 'Loading the agreement …',
    loadFailed: (src) => `The agreement could not be loaded from ${src}. Try again.`,
    retry: 'Try again',
    principles: 'Principles of collaboration',
    noPrinciples: 'The agreement states no principles.',
  },
};

/** A link from data is rendered only when it is http(s); anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The language a text is shown in, so a Swedish fallback on an English page is marked `sv`. */
export function textLang(text: LocalizedText, lang: string): string {
  return typeof text[lang] === 'string' && text[lang] ? lang : 'sv';
}
