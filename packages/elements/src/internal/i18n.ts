import { localizedLanguage, type LocalizedText } from '@samverkan/core/light';
import { nothing } from 'lit';

/**
 * Why loading an agreement with `src` failed: the network, the timeout, an HTTP error status, a content
 * type that is not JSON, a file too large, text that is not JSON, or JSON that is not a valid agreement.
 * Each is worded in every language pack (`ui.loadErrors`).
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

/**
 * `auto` for a text shown in another language than the element's (a Swedish area name on an Arabic
 * page), so it runs in its own direction and its punctuation stays where it belongs; else nothing.
 */
export function dirFor(text: LocalizedText, lang: string): 'auto' | typeof nothing {
  return localizedLanguage(text, lang) === lang ? nothing : 'auto';
}

/** The language a text is shown in, so a Swedish fallback on an English page is marked `sv`. */
export function textLang(text: LocalizedText, lang: string): string {
  return localizedLanguage(text, lang);
}
