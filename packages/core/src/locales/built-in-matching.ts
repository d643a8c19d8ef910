// The built-in words matching explanations need, without the rest of each pack: matching runs in the
// browser too (the form's suggestions), where the issues, CLI and report wording would be dead weight.
import { common as arCommon } from './ar/common.js';
import { matching as arMatching } from './ar/matching.js';
import { common as enCommon } from './en/common.js';
import { matching as enMatching } from './en/matching.js';
import { common as soCommon } from './so/common.js';
import { matching as soMatching } from './so/matching.js';
import { common as svCommon } from './sv/common.js';
import { matching as svMatching } from './sv/matching.js';
import { common as llCommon } from './sv-x-lattlast/common.js';
import { matching as llMatching } from './sv-x-lattlast/matching.js';
import type { PartialPack } from './types.js';

export const BUILT_IN_MATCHING: Readonly<Record<string, PartialPack>> = {
  sv: { locale: 'sv', common: svCommon, matching: svMatching },
  en: { locale: 'en', common: enCommon, matching: enMatching },
  ar: { locale: 'ar', common: arCommon, matching: arMatching },
  so: { locale: 'so', common: soCommon, matching: soMatching },
  'sv-x-lattlast': { locale: 'sv-x-lattlast', common: llCommon, matching: llMatching },
};
