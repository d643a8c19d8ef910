import * as z from 'zod/mini';
import { Text } from '../_lib/schema.js';

/**
 * Flerspråkig text: a human text in Swedish (required) and optionally other languages.
 *
 * Swedish is the one language every agreement must have (Decidim's rule: only the default
 * locale is required); English is provided where we have it; any other language tag may be added.
 *
 * @example
 * ```ts
 * const name: LocalizedText = { sv: 'Jämlik fritid och kultur', en: 'Equal leisure and culture' };
 * ```
 */
export const LocalizedText = z.catchall(
  z.object({
    sv: Text,
    en: z.optional(Text),
  }),
  z.string(),
);
/** @inline */
export type LocalizedText = z.infer<typeof LocalizedText>;

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
