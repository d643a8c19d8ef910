import type { UiLang } from '../../internal/lang-controller.js';

interface AreaStrings {
  areas: string;
  noAreas: string;
  noMatch: string;
  showAll: string;
  targetGroup: string;
  district: string;
  all: string;
  phase: string;
  phaseOf: (n: number, total: number) => string;
  started: string;
  timeFrame: (years: number) => string;
  hostSector: string;
  hostMunicipality: string;
  vacant: string;
  collaborations: string;
  partners: string;
  ages: (min?: number, max?: number) => string;
  select: (name: string) => string;
  planPeriod: (name: string, start: string, end: string) => string;
  filtersLabel: string;
  shown: (n: number, total: number) => string;
}

/** The area list's words, in Swedish and English. */
export const AREA_STRINGS: Record<UiLang, AreaStrings> = {
  sv: {
    areas: 'Prioriterade områden',
    noAreas: 'Samarbetsplanen har inga prioriterade områden ännu.',
    noMatch: 'Inga områden passar filtret.',
    showAll: 'Visa alla områden',
    targetGroup: 'Målgrupp',
    district: 'Stadsdel',
    all: 'Alla',
    phase: 'Fas',
    phaseOf: (n, total) => `steg ${n} av ${total}`,
    started: 'Startade',
    timeFrame: (years) => `tidsram cirka ${years} år`,
    hostSector: 'Värd från idéburen sektor',
    hostMunicipality: 'Värd från kommunen',
    vacant: 'vakant',
    collaborations: 'Samverkan i området',
    partners: 'Parter',
    ages: (min, max) => (min !== undefined && max !== undefined ? `${min}–${max} år` : min !== undefined ? `från ${min} år` : `upp till ${max} år`),
    select: (name) => `Välj ${name}`,
    planPeriod: (name, start, end) => `${name}, ${start} – ${end}`,
    filtersLabel: 'Filtrera områden',
    shown: (n, total) => `Visar ${n} av ${total} områden.`,
  },
  en: {
    areas: 'Priority areas',
    noAreas: 'The cooperation plan has no priority areas yet.',
    noMatch: 'No areas match the filter.',
    showAll: 'Show all areas',
    targetGroup: 'Target group',
    district: 'District',
    all: 'All',
    phase: 'Phase',
    phaseOf: (n, total) => `step ${n} of ${total}`,
    started: 'Started',
    timeFrame: (years) => `time frame about ${years} years`,
    hostSector: 'Host from the idéburen sektor',
    hostMunicipality: 'Host from the municipality',
    vacant: 'vacant',
    collaborations: 'Collaborations in the area',
    partners: 'Partners',
    ages: (min, max) => (min !== undefined && max !== undefined ? `ages ${min}–${max}` : min !== undefined ? `from age ${min}` : `up to age ${max}`),
    select: (name) => `Select ${name}`,
    planPeriod: (name, start, end) => `${name}, ${start} – ${end}`,
    filtersLabel: 'Filter areas',
    shown: (n, total) => `Showing ${n} of ${total} areas.`,
  },
};
