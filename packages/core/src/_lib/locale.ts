import type { LocaleMessages } from '../issue/issue.js';
import { en } from '../locales/en.js';
import { sv } from '../locales/sv.js';

/** Picks the built-in wording for a language tag (`en`, `en-GB` → English; anything else → Swedish), or uses the one given. */
export function resolveLocale(locale: string | LocaleMessages | undefined): LocaleMessages {
  if (typeof locale === 'object' && locale !== null) return locale;
  return typeof locale === 'string' && locale.toLowerCase().split('-')[0] === 'en' ? en : sv;
}
