// Schema-free, so code that only shows an area's phase (the web components) does not load zod.

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
