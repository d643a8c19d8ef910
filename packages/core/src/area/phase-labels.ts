// Apart from AREA_PHASES, so a bundle that steps through the phases does not carry these labels.
import { common as en } from '../locales/en/common.js';
import { common as sv } from '../locales/sv/common.js';
import type { LocalizedText } from '../text/text.js';
import { AREA_PHASES } from './phases.js';

/**
 * The phases' names in Swedish and English, for showing where an area stands (from the language packs'
 * `common.phases`, where every other language has them too).
 *
 * @example
 * ```ts
 * AREA_PHASE_LABELS['dialogue-and-matching'].sv; // 'Dialog och matchning'
 * ```
 */
export const AREA_PHASE_LABELS: Readonly<Record<(typeof AREA_PHASES)[number], LocalizedText>> = /* @__PURE__ */ Object.fromEntries(
  AREA_PHASES.map((phase) => [phase, { sv: sv.phases[phase], en: en.phases[phase] }]),
) as Record<(typeof AREA_PHASES)[number], LocalizedText>;
