import type { AgeSpan, MatchingText } from '../types.js';

const span = (a: AgeSpan) => (a.max === undefined ? `dadka ${a.min} jir iyo ka weyn` : `da’da ${a.min}–${a.max}`);

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
  sharedPeople: ({ groups, ages, agesFrom, districts }) => {
    const open = agesFrom !== undefined ? `${agesFrom} jir iyo ka weyn` : '';
    const who = groups ? `${groups}${ages || open ? ` (${ages || open})` : ''}` : ages ? `da’da ${ages}` : open ? `dadka ${open}` : '';
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
  hostSectorByForm: 'Waa urur bulsho rayid ah marka loo eego qaabkiisa sharci; xogtu ma sheegayso inuu leeyahay xeer-hoosaad, guddi iyo shir sannadeed.',
  hostMunicipality: 'Waa waax ka tirsan degmada.',
  outsideSector: (kind) => (kind === 'informal' ? 'Waa koox aan rasmi ahayn, kana baxsan bulshada rayidka ah.' : 'Kama tirsana bulshada rayidka ah, tusaale ahaan waa shirkad.'),
  agesApart: ({ other, mine, theirs }) => `Da’duhu isma qabtaan: waxaad la shaqaysaan ${span(mine)}, ${other} wuxuu la shaqeeyaa ${span(theirs)}.`,
  hostNone: 'Ma jiro qof doonaya inuu martigeliyo oo buuxiya shuruudaha martigelinta ee kursigan.',
};
