/**
 * @samverkan/core/light — what a page needs to show an agreement and nothing more: localised text, the
 * phases of an area and the names of resources, with the types. It builds no schema, so a page that only
 * displays loads no validation code. (`toListing` and the rest are in the main entry.)
 *
 * @packageDocumentation
 */
export { localize, type Locale } from './text/localize.js';
export { AREA_PHASES, AREA_PHASE_LABELS } from './area/phases.js';
export { RESOURCE_LABELS } from './interest/resource-labels.js';
export type { AgreementListing, ListingArea, ListingCollaboration } from './listing/listing.js';
export type { Agreement } from './agreement/agreement.js';
export type { LocalizedText } from './text/text.js';
export type { Principle } from './principle/principle.js';
export type { AreaPhase, AreaStatus } from './area/area.js';
export type { Resource, PublicInterest } from './interest/interest.js';
