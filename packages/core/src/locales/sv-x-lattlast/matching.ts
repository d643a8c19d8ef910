import type { AgeSpan, MatchingText } from '../types.js';

const span = (a: AgeSpan) => (a.max === undefined ? `${a.min} år eller äldre` : `${a.min}–${a.max} år`);

/**
 * Lättläst svenska: why two interests were matched, and why a host is proposed. One idea per sentence.
 *
 * @example
 * ```ts
 * import { matching } from '@samverkan/core/locales/sv-x-lattlast/matching';
 * matching.sharedAreas('Jämlik fritid och kultur'); // 'Ni vill båda arbeta med Jämlik fritid och kultur.'
 * ```
 */
export const matching: MatchingText = {
  sharedPeople: ({ groups, ages, agesFrom, districts }) => {
    const age = ages ? `${ages} år` : agesFrom !== undefined ? `${agesFrom} år eller äldre` : '';
    const who = groups ? `${groups}${age ? ` som är ${age}` : ''}` : age ? `personer som är ${age}` : '';
    if (who && districts) return `Ni arbetar båda med ${who}. Ni finns båda i ${districts}.`;
    if (who) return `Ni arbetar båda med ${who}.`;
    return `Ni finns båda i ${districts}.`;
  },
  sharedAreas: (areas) => `Ni vill båda arbeta med ${areas}.`,
  theyOffer: ({ other, resources }) => `${other} kan ge ${resources}. Det behöver ni.`,
  youOffer: ({ other, resources }) => `Ni kan ge ${resources}. Det behöver ${other}.`,
  sharedForms: (forms) => `Ni vill båda arbeta så här: ${forms}.`,
  sharedLanguages: (languages) => `Ni talar båda ${languages}.`,
  hostWants: (area) => `Vill ha ansvar för ${area}.`,
  hostInArea: (area) => `Arbetar med ${area}. Vill ha ansvar.`,
  hostGroups: (groups) => `Arbetar med ${groups}. Området är till för dem.`,
  hostDistricts: (districts) => `Finns i ${districts}.`,
  hostOffers: (resources) => `Kan ge ${resources}. Det behövs för att ha ansvar.`,
  hostSector: 'Är en riktig förening eller organisation.',
  hostSectorByForm: 'Är en förening eller organisation. Vi vet inte om den har stadgar, styrelse och årsmöte.',
  hostMunicipality: 'Är en del av kommunen.',
  outsideSector: (kind) => (kind === 'informal' ? 'Är en grupp utan förening. Den hör inte till föreningarna i överenskommelsen.' : 'Hör inte till föreningarna i överenskommelsen. Det kan till exempel vara ett företag.'),
  agesApart: ({ other, mine, theirs }) => `Ni arbetar med personer som är ${span(mine)}. ${other} arbetar med personer som är ${span(theirs)}. Det passar inte så bra.`,
  hostNone: 'Ingen kan ta ansvar för det här just nu.',
};
