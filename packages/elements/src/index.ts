/**
 * @samverkan/elements — web components for a lokal överenskommelse. Importing this module defines
 * nothing; import `@samverkan/elements/define/<name>` (or a `cdn/` bundle) to register the tags.
 *
 * @packageDocumentation
 */
export { SamverkanAreaList } from './components/area-list/area-list.js';
export { SamverkanPrinciples } from './components/principles/principles.js';
export { SamverkanMatchForm } from './components/match-form/match-form.js';
export { SamverkanAreaSelectEvent, SamverkanLoadErrorEvent, SamverkanSubmitEvent, SamverkanSubmittedEvent } from './events.js';
export type { LoadErrorReason } from './internal/i18n.js';
export { registerLanguage } from './internal/language.js';
export type { LanguagePack, PartialPack, UiPack, UiText } from '@samverkan/core/light';
