import { common as en } from '../locales/en/common.js';
import { common as sv } from '../locales/sv/common.js';
import type { Resource } from './interest.js';

/**
 * What each {@link Resource} is called, in Swedish and English, written to sit inside a sentence
 * ("Fritidsförvaltningen erbjuder lokaler"). Taken from the language packs' `common.resources`, where
 * every other language has them too.
 *
 * @example
 * ```ts
 * RESOURCE_LABELS.sv.premises; // 'lokaler'
 * ```
 */
export const RESOURCE_LABELS: Readonly<Record<'sv' | 'en', Readonly<Record<Resource, string>>>> = /* @__PURE__ */ Object.freeze({
  sv: sv.resources,
  en: en.resources,
});
