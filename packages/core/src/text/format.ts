// Dates, numbers and lists written the way a language writes them, by Intl: no wording of our own, so a
// new language pack gets them for free. Schema-free, for the web components too.

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

// A tag Intl cannot read (a typo on a page) is written as Swedish rather than throwing. Plain `en` is
// written the British way, as the English wording is (no serial comma, day before month).
function safe(locale: string): string {
  try {
    const tag = Intl.getCanonicalLocales(locale)[0] ?? 'sv';
    return tag === 'en' ? 'en-GB' : tag;
  } catch {
    return 'sv';
  }
}

/**
 * A whole number or decimal as the language writes it (`1 234 567` in Swedish, `1,234,567` in English).
 *
 * @example
 * ```ts
 * formatNumber(1234567, 'sv'); // '1 234 567'
 * ```
 */
export function formatNumber(n: number, locale = 'sv'): string {
  const l = safe(locale);
  return cached(`n:${l}`, () => new Intl.NumberFormat(l)).format(n);
}

/**
 * A share (0–1) as a percentage the way the language writes it (`30 %` in Swedish, `30%` in English).
 *
 * @example
 * ```ts
 * formatPercent(0.3, 'sv'); // '30 %'
 * ```
 */
export function formatPercent(share: number, locale = 'sv'): string {
  const l = safe(locale);
  return cached(`p:${l}`, () => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/**
 * A calendar day (`YYYY-MM-DD`) written out in the language (`13 juni 2018`, `13 June 2018`), read as
 * that day wherever the code runs. Anything that is not such a day comes back as it was.
 *
 * @example
 * ```ts
 * formatDate('2018-06-13', 'sv'); // '13 juni 2018'
 * ```
 */
export function formatDate(day: string, locale = 'sv'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(time)) return day;
  return longDateFormat(locale).format(time);
}

/**
 * The `Intl.DateTimeFormat` that {@link formatDate} writes a day with, made once per language: for a
 * day's parts (`formatToParts`) as that language orders and words them.
 *
 * @example
 * ```ts
 * longDateFormat('sv').formatToParts(Date.UTC(2018, 5, 13)).map((p) => p.value).join(''); // '13 juni 2018'
 * ```
 */
export function longDateFormat(locale = 'sv'): Intl.DateTimeFormat {
  const l = safe(locale);
  return cached(`d:${l}`, () => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }));
}

/**
 * Items joined as the language joins a list: `a, b och c`, `a, b and c`.
 *
 * @example
 * ```ts
 * formatList(['lokaler', 'nätverk'], 'sv'); // 'lokaler och nätverk'
 * ```
 */
export function formatList(items: readonly string[], locale = 'sv'): string {
  const l = safe(locale);
  return cached(`l:${l}`, () => new Intl.ListFormat(l, { type: 'conjunction' })).format(items);
}
