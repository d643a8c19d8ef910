// Schema-free, so code that only shows text (the web components) does not load zod.
import { languageChain } from '../locales/registry.js';
import type { LocalizedText } from './text.js';

/**
 * A language tag the library renders text in. `sv` is the default and the fallback.
 *
 * @example
 * ```ts
 * const locale: Locale = 'en';
 * ```
 */
export type Locale = 'sv' | 'en' | (string & {});

/**
 * The language a text is actually shown in for `locale`: the first tag along the language's fallback
 * chain (`sv-x-lattlast` → `sv`, `en-GB` → `en` → `sv`) that the text has, Swedish in the end. A page
 * marks a text with it, so Swedish shown on an Arabic page is read with a Swedish voice.
 *
 * @example
 * ```ts
 * localizedLanguage({ sv: 'Dialog' }, 'ar'); // 'sv'
 * localizedLanguage({ sv: 'Dialog', en: 'Dialogue' }, 'en-GB'); // 'en'
 * ```
 */
export function localizedLanguage(text: LocalizedText, locale: Locale = 'sv'): string {
  const exact = text[locale];
  if (typeof exact === 'string' && exact.length > 0) return locale;
  for (const tag of languageChain(locale)) {
    const value = text[tag];
    if (typeof value === 'string' && value.length > 0) return tag;
  }
  return 'sv';
}

/**
 * Picks the text in `locale`, falling back along the language's chain (`en-GB` → `en`,
 * `sv-x-lattlast` → `sv`) and then to Swedish.
 *
 * @example
 * ```ts
 * localize({ sv: 'Dialog', en: 'Dialogue' }, 'en'); // 'Dialogue'
 * localize({ sv: 'Dialog' }, 'en'); // 'Dialog'
 * ```
 */
export function localize(text: LocalizedText, locale: Locale = 'sv'): string {
  return text[localizedLanguage(text, locale)] ?? text.sv;
}
