// Which way a language is written, from the script Intl's likely-subtags data gives it (Unicode CLDR):
// no list of languages of our own, so a new language pack gets its direction for free.

// ISO 15924 codes of the scripts written right to left that CLDR gives a language as its likely script.
const RIGHT_TO_LEFT_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/**
 * `rtl` for a language written right to left (Arabic, Hebrew, Persian, Urdu …), else `ltr` — also for a
 * tag Intl cannot read. For the `dir` attribute of HTML written in that language.
 *
 * @example
 * ```ts
 * textDirection('ar'); // 'rtl'
 * textDirection('sv-x-lattlast'); // 'ltr'
 * ```
 */
export function textDirection(locale: string): 'rtl' | 'ltr' {
  try {
    const script = new Intl.Locale(locale).maximize().script?.toLowerCase();
    return script !== undefined && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
