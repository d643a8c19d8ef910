// Schema-free, so code that only shows text (the web components) does not load zod.
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
 * Picks the text in `locale`, falling back to its primary subtag (`en-GB` → `en`) and then to Swedish.
 *
 * @example
 * ```ts
 * localize({ sv: 'Dialog', en: 'Dialogue' }, 'en'); // 'Dialogue'
 * localize({ sv: 'Dialog' }, 'en'); // 'Dialog'
 * ```
 */
export function localize(text: LocalizedText, locale: Locale = 'sv'): string {
  const exact = text[locale];
  if (typeof exact === 'string' && exact.length > 0) return exact;
  const primary = locale.split('-')[0]?.toLowerCase();
  if (primary) {
    const base = text[primary];
    if (typeof base === 'string' && base.length > 0) return base;
  }
  return text.sv;
}
