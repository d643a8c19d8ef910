/**
 * @samverkan/core/light — what a page needs to show an agreement and nothing more: localised text,
 * dates and numbers by `Intl`, the language packs' registry and resolver, the phases of an area and the
 * names of resources, with the types. It builds no schema, so a page that only
 * displays loads no validation code. (`toListing` and the rest are in the main entry.)
 *
 * @packageDocumentation
 */
export { localize, localizedLanguage, type Locale } from './text/localize.js';
export { formatDate, formatList, formatNumber, formatPercent } from './text/format.js';
export { around } from './text/around.js';
export { languageChain, registerLanguage, registeredLanguage } from './locales/registry.js';
export type { AgeSpan, CommonText, LanguagePack, MatchingText, PartialPack, UiPack, UiText } from './locales/types.js';
export { AREA_PHASES } from './area/phases.js';
export { AREA_PHASE_LABELS } from './area/phase-labels.js';
export { RESOURCE_LABELS } from './interest/resource-labels.js';
export type { AgreementListing, ListingArea, ListingCollaboration } from './listing/listing.js';
export type { Agreement } from './agreement/agreement.js';
export type { LocalizedText } from './text/text.js';
export type { Principle } from './principle/principle.js';
export type { AreaPhase, AreaStatus } from './area/area.js';
export type { Resource, PublicInterest } from './interest/interest.js';
