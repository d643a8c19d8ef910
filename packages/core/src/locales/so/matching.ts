import type { MatchingText } from '../types.js';

/**
 * Soomaali: why two interests were matched, and why a host is proposed.
 *
 * @example
 * ```ts
 * import { matching } from '@samverkan/core/locales/so/matching';
 * matching.sharedAreas('Jämlik fritid och kultur');
 * ```
 */
export const matching: MatchingText = {
  sharedPeople: ({ groups, ages, districts }) => {
    const who = groups ? `${groups}${ages ? ` (${ages})` : ''}` : ages ? `da’da ${ages}` : '';
    if (who && districts) return `Labaduba waxay la shaqeeyaan ${who}, gudaha ${districts}.`;
    if (who) return `Labaduba waxay la shaqeeyaan ${who}.`;
    return `Labaduba waxay ka shaqeeyaan ${districts}.`;
  },
  sharedAreas: (areas) => `Labaduba waxay rabaan inay ka shaqeeyaan ${areas}.`,
  theyOffer: ({ other, resources }) => `${other} wuxuu bixiyaa ${resources}, oo ah waxa aad raadinaysaan.`,
  youOffer: ({ other, resources }) => `Waxaad bixisaan ${resources}, oo ah waxa ${other} raadinayo.`,
  sharedForms: (forms) => `Labaduba waxay rabaan inay ku iskaashadaan ${forms}.`,
  sharedLanguages: (languages) => `Labaduba waxay ku shaqeeyaan ${languages}.`,
  hostWants: (area) => `Wuxuu rabaa inuu martigeliyo ${area}.`,
  hostInArea: (area) => `Wuxuu ka shaqeeyaa ${area} wuxuuna rabaa inuu martigeliye noqdo.`,
  hostGroups: (groups) => `Wuxuu la shaqeeyaa ${groups}, oo ah kooxda qaybtu beegsanayso.`,
  hostDistricts: (districts) => `Wuxuu ku sugan yahay ${districts}.`,
  hostOffers: (resources) => `Wuxuu bixiyaa ${resources}, oo martigelintu u baahan tahay.`,
  hostSector: 'Waa urur bulsho rayid ah oo si rasmi ah loo aasaasay.',
  hostMunicipality: 'Waa waax ka tirsan degmada.',
  hostNone: 'Ma jiro qof doonaya inuu martigeliyo oo buuxiya shuruudaha martigelinta ee kursigan.',
};
