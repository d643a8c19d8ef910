// The built-in words matching explanations need, without the rest of each pack: matching runs in the
// browser too (the form's suggestions), where the issues, CLI and report wording would be dead weight.
import { common as enCommon } from './en/common.js';
import { matching as enMatching } from './en/matching.js';
import { common as svCommon } from './sv/common.js';
import { matching as svMatching } from './sv/matching.js';
import type { PartialPack } from './types.js';

export const BUILT_IN_MATCHING: Readonly<Record<string, PartialPack>> = {
  sv: { locale: 'sv', common: svCommon, matching: svMatching },
  en: { locale: 'en', common: enCommon, matching: enMatching },
};
