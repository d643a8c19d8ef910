import type { AgeSpan, MatchingText } from '../types.js';

const span = (a: AgeSpan) => (a.max === undefined ? `${a.min} år och äldre` : `${a.min}–${a.max} år`);

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
  sharedPeople: ({ groups, ages, agesFrom, districts }) => {
    const open = agesFrom !== undefined ? `${agesFrom} år och äldre` : '';
    const who = groups
      ? `med ${groups}${ages ? ` ${ages}` : open ? ` (${open})` : ''}`
      : ages
        ? `med åldrarna ${ages}`
        : open
          ? `med personer ${open}`
          : '';
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
  hostSectorByForm: 'Är idéburen enligt sin juridiska form; om den har stadgar, styrelse och årsmöte står inte i uppgifterna.',
  hostMunicipality: 'Är en förvaltning.',
  outsideSector: (kind) =>
    kind === 'informal' ? 'Är en informell grupp och hör inte till den idéburna sektorn.' : 'Hör inte till den idéburna sektorn, till exempel ett företag.',
  // Ages that do not meet are said plainly, so a coordinator sees why the match is ranked low.
  agesApart: ({ other, mine, theirs }) => `Åldrarna möts inte: ni arbetar med ${span(mine)}, ${other} med ${span(theirs)}.`,
  hostNone: 'Ingen som vill vara värd uppfyller värdskapets krav för den här platsen.',
};
