/**
 * @samverkan/core/light — what a page needs to show an agreement and nothing more: localised text and
 * the phases of an area, with the types. It builds no schema, so a page that only displays loads no
 * validation code. (`toListing` and the rest are in the main entry.)
 *
 * @packageDocumentation
 */
export { localize, type Locale } from './text/localize.js';
export { AREA_PHASES, AREA_PHASE_LABELS } from './area/phases.js';
export type { AgreementListing, ListingArea, ListingCollaboration } from './listing/listing.js';
export type { Agreement } from './agreement/agreement.js';
export type { LocalizedText } from './text/text.js';
export type { Principle } from './principle/principle.js';
export type { AreaPhase, AreaStatus } from './area/area.js';
