import type { MatchingText } from '../types.js';

/**
 * Svenska: why two interests were matched, and why a host is proposed.
 *
 * @example
 * ```ts
 * import { matching } from '@samverkan/core/locales/sv/matching';
 * matching.sharedAreas('Jämlik fritid och kultur'); // 'Båda vill arbeta inom Jämlik fritid och kultur.'
 * ```
 */
export const matching: MatchingText = {
  sharedPeople: ({ groups, ages, districts }) => {
    const who = groups ? `med ${groups}${ages ? ` ${ages}` : ''}` : ages ? `med åldrarna ${ages}` : '';
    const where = districts ? `i ${districts}` : '';
    return `Båda arbetar ${[who, where].filter(Boolean).join(' ')}.`;
  },
  sharedAreas: (areas) => `Båda vill arbeta inom ${areas}.`,
  theyOffer: ({ other, resources }) => `${other} erbjuder ${resources}, som ni söker.`,
  youOffer: ({ other, resources }) => `Ni erbjuder ${resources}, som ${other} söker.`,
  sharedForms: (forms) => `Båda vill samverka genom ${forms}.`,
  sharedLanguages: (languages) => `Båda arbetar på ${languages}.`,
  hostWants: (area) => `Vill vara värd för ${area}.`,
  hostInArea: (area) => `Arbetar inom ${area} och vill vara värd.`,
  hostGroups: (groups) => `Arbetar med ${groups}, som området riktar sig till.`,
  hostDistricts: (districts) => `Finns i ${districts}.`,
  hostOffers: (resources) => `Erbjuder ${resources}, som ett värdskap behöver.`,
  hostSector: 'Är en formellt bildad idéburen organisation.',
  hostMunicipality: 'Är en förvaltning.',
  hostNone: 'Ingen som vill vara värd uppfyller värdskapets krav för den här platsen.',
};
