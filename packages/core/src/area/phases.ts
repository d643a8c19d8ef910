// Schema-free, so code that only shows an area's phase (the web components) does not load zod.
import type { LocalizedText } from '../text/text.js';

/**
 * The five phases in their order, for stepping through or drawing a progress indicator.
 *
 * @example
 * ```ts
 * AREA_PHASES.indexOf('development-and-innovation'); // 2
 * ```
 */
export const AREA_PHASES = [
  'identifying-hosts',
  'dialogue-and-matching',
  'development-and-innovation',
  'results-and-dissemination',
  'evaluation-and-follow-up',
] as const;

/**
 * The phases' names in Swedish and English, for showing where an area stands.
 *
 * @example
 * ```ts
 * AREA_PHASE_LABELS['dialogue-and-matching'].sv; // 'Dialog och matchning'
 * ```
 */
export const AREA_PHASE_LABELS: Readonly<Record<(typeof AREA_PHASES)[number], LocalizedText>> = {
  'identifying-hosts': { sv: 'Värdar identifieras', en: 'Identifying hosts' },
  'dialogue-and-matching': { sv: 'Dialog och matchning', en: 'Dialogue and matching' },
  'development-and-innovation': { sv: 'Utveckling och innovation', en: 'Development and innovation' },
  'results-and-dissemination': { sv: 'Sammanställning och spridning', en: 'Results and dissemination' },
  'evaluation-and-follow-up': { sv: 'Utvärdering och uppföljning', en: 'Evaluation and follow-up' },
};
