import { BUILT_IN } from './built-in.js';
import { type PackSection, type PackWith, resolveSection } from './registry.js';
import type { LocaleMessages } from '../issue/issue.js';
import type { PartialPack } from './types.js';

/**
 * The language tags that come with the library, each a complete pack for the web components and the
 * validation messages; `sv` and `en` also word the CLI and the yearly report.
 *
 * @example
 * ```ts
 * BUILT_IN_TAGS.includes('ar'); // true
 * ```
 */
export const BUILT_IN_TAGS: readonly string[] = Object.keys(BUILT_IN);

/**
 * The pack that words `section` for a language: a registered or built-in pack along the language's
 * fallback chain (`sv-x-lattlast` → `sv`, `en-GB` → `en` → `sv`), or the pack given when it has the section.
 *
 * @example
 * ```ts
 * import { resolveLanguage } from '@samverkan/core';
 * resolveLanguage('ar', 'messages').messages.required({ field: 'name' });
 * resolveLanguage('ar', 'cli').locale; // 'sv' until an Arabic CLI wording is registered
 * ```
 */
export function resolveLanguage<S extends PackSection>(locale: string | PartialPack | undefined, section: S): PackWith<S> {
  return resolveSection(locale, section, BUILT_IN);
}

/**
 * The issue wording for a language tag (a registered or built-in pack along its chain), or the
 * {@link LocaleMessages} given.
 *
 * @example
 * ```ts
 * resolveLocale('so').messages.required({ field: 'name' });
 * ```
 */
export function resolveLocale(locale: string | LocaleMessages | undefined): LocaleMessages {
  return resolveLanguage(locale, 'messages');
}
