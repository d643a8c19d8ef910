import type { AgeSpan, MatchingText } from '../types.js';

const span = (a: AgeSpan) => (a.max === undefined ? `people aged ${a.min} and over` : `ages ${a.min}–${a.max}`);

/**
 * English: why two interests were matched, and why a host is proposed.
 *
 * @example
 * ```ts
 * import { matching } from '@samverkan/core/locales/en/matching';
 * matching.sharedAreas('Equal leisure and culture'); // 'Both want to work on Equal leisure and culture.'
 * ```
 */
export const matching: MatchingText = {
  sharedPeople: ({ groups, ages, agesFrom, districts }) => {
    const open = agesFrom !== undefined ? `aged ${agesFrom} and over` : '';
    const who = groups
      ? `with ${groups}${ages ? ` ${ages}` : open ? ` (${open})` : ''}`
      : ages
        ? `with ages ${ages}`
        : open
          ? `with people ${open}`
          : '';
    const where = districts ? `in ${districts}` : '';
    return `Both work ${[who, where].filter(Boolean).join(' ')}.`;
  },
  sharedAreas: (areas) => `Both want to work on ${areas}.`,
  theyOffer: ({ other, resources }) => `${other} offers ${resources}, which you are looking for.`,
  youOffer: ({ other, resources }) => `You offer ${resources}, which ${other} is looking for.`,
  sharedForms: (forms) => `Both want to work through ${forms}.`,
  sharedLanguages: (languages) => `Both work in ${languages}.`,
  hostWants: (area) => `Wants to host ${area}.`,
  hostInArea: (area) => `Works on ${area} and wants to host.`,
  hostGroups: (groups) => `Works with ${groups}, whom the area is for.`,
  hostDistricts: (districts) => `Is active in ${districts}.`,
  hostOffers: (resources) => `Offers ${resources}, which hosting needs.`,
  hostSector: 'Is a formally constituted idéburen organisation.',
  hostSectorByForm: 'Is idéburen by its legal form; whether it has statutes, a board and an annual meeting is not in the data.',
  hostMunicipality: 'Is a department.',
  outsideSector: (kind) =>
    kind === 'informal' ? 'Is an informal group, outside the idéburen sektor.' : 'Is outside the idéburen sektor, a company for example.',
  agesApart: ({ other, mine, theirs }) => `The ages do not meet: you work with ${span(mine)}, ${other} with ${span(theirs)}.`,
  hostNone: 'No one who wants to host meets the hosting rule for this seat.',
};
