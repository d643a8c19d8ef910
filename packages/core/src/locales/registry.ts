// The one resolver: which pack speaks for a language tag, along its fallback chain. Schema-free, so the
// web components use the same one.
import type { LanguagePack, PartialPack } from './types.js';

/**
 * The sections of a {@link LanguagePack} a caller may ask for.
 *
 * @example
 * ```ts
 * const section: PackSection = 'ui';
 * ```
 */
export type PackSection = 'messages' | 'common' | 'matching' | 'ui' | 'cli' | 'report' | 'schema' | 'editor';

/**
 * A pack that is sure to hold `S`.
 *
 * @example
 * ```ts
 * const withUi: PackWith<'ui'> = resolveSection('ar', 'ui', builtIn);
 * ```
 */
export type PackWith<S extends PackSection> = PartialPack & Required<Pick<LanguagePack, S | (S extends 'messages' ? 'subject' : never)>>;

const registered = new Map<string, PartialPack>();

const normal = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-');

/**
 * A language's fallback chain, most specific first and Swedish last: `sv-x-lattlast` → `sv`,
 * `en-GB` → `en` → `sv`, `ar` → `sv`. Tags come out lower-case; private-use and other single-letter
 * singletons are never left dangling at the end (`sv-x` is skipped).
 *
 * @example
 * ```ts
 * languageChain('sv-x-lattlast'); // ['sv-x-lattlast', 'sv']
 * languageChain('en-GB'); // ['en-gb', 'en', 'sv']
 * ```
 */
export function languageChain(tag: string | undefined): readonly string[] {
  const key = tag ?? '';
  let chain = chains.get(key);
  if (!chain) {
    chain = buildChain(key);
    // Tags come from pages and options, a handful per realm; a bound keeps a hostile caller from growing it.
    if (chains.size < 256) chains.set(key, chain);
  }
  return chain;
}

const chains = new Map<string, readonly string[]>();

function buildChain(tag: string): string[] {
  const parts = normal(tag).split('-').filter(Boolean);
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) {
    if (parts[n - 1]!.length === 1) continue;
    chain.push(parts.slice(0, n).join('-'));
  }
  if (!chain.includes('sv')) chain.push('sv');
  return chain;
}

/**
 * Adds a language, or replaces a built-in one, for everything in this JavaScript realm that resolves a
 * language tag: validation, the CLI, reports, matching and the web components. A kommun adds Finnish or
 * meänkieli this way without forking. Give every section you have complete; the elements need `ui`,
 * `common` and `matching`, validation `messages` and `subject`.
 *
 * @example
 * ```ts
 * import { registerLanguage } from '@samverkan/core';
 * import { fi } from './fi.js';
 * registerLanguage(fi); // validateAgreement(input, { locale: 'fi' }) now speaks Finnish
 * ```
 */
export function registerLanguage(pack: PartialPack): void {
  if (typeof pack !== 'object' || pack === null || typeof pack.locale !== 'string' || normal(pack.locale) === '') {
    throw new TypeError('registerLanguage needs a pack with a language tag in `locale`, for example { locale: "fi", … }.');
  }
  registered.set(normal(pack.locale), pack);
}

/**
 * The pack registered for exactly this tag, if any (for the web components, which load built-in packs on
 * demand and so look up the registered ones first).
 *
 * @example
 * ```ts
 * registeredLanguage('fi')?.ui;
 * ```
 */
export function registeredLanguage(tag: string): PartialPack | undefined {
  return registered.get(normal(tag));
}

const has = (pack: PartialPack | undefined, section: PackSection): boolean => pack !== undefined && pack[section] !== undefined;

/**
 * Resolves a language to a pack holding `section`: a pack given as an object is used when it has the
 * section; otherwise its tag (or the tag given) is followed along {@link languageChain}, taking the first
 * registered or built-in pack that has the section. Swedish ends every chain, so the answer is never
 * empty as long as `builtIn` holds a Swedish pack.
 *
 * @example
 * ```ts
 * resolveSection('sv-x-lattlast', 'cli', { sv, en }).locale; // 'sv' (lättläst has no CLI wording)
 * ```
 */
export function resolveSection<S extends PackSection>(
  locale: string | PartialPack | undefined,
  section: S,
  builtIn: Readonly<Record<string, PartialPack | undefined>>,
): PackWith<S> {
  if (typeof locale === 'object' && locale !== null && has(locale, section)) return locale as PackWith<S>;
  const tag = typeof locale === 'object' && locale !== null ? locale.locale : locale;
  for (const candidate of languageChain(tag)) {
    for (const pack of [registered.get(candidate), builtIn[candidate]]) if (has(pack, section)) return pack as PackWith<S>;
  }
  throw new TypeError(`No pack holds the section "${section}", not even Swedish: pass a Swedish pack among the built-in ones.`);
}
