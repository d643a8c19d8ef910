import type { MatchingText } from '../types.js';

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
  sharedPeople: ({ groups, ages, districts }) => {
    const who = groups ? `with ${groups}${ages ? ` ${ages}` : ''}` : ages ? `with ages ${ages}` : '';
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
  hostMunicipality: 'Is a department.',
  hostNone: 'No one who wants to host meets the hosting rule for this seat.',
};
