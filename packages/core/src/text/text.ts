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

