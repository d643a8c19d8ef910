/**
 * Svenska: `<samverkan-area-list>`'s words.
 *
 * @example
 * ```ts
 * import { areaList } from '@samverkan/core/locales/sv/area-list';
 * areaList.areas; // 'Prioriterade områden'
 * ```
 */
export const areaList = {
  areas: 'Prioriterade områden',
  noAreas: 'Samarbetsplanen har inga prioriterade områden ännu.',
  noMatch: 'Inga områden passar filtret.',
  showAll: 'Visa alla områden',
  targetGroup: 'Målgrupp',
  district: 'Stadsdel',
  all: 'Alla',
  phase: 'Fas',
  phaseOf: (n: number, total: number) => `steg ${n} av ${total}`,
  started: 'Startade',
  timeFrame: (years: number) => `tidsram cirka ${years} år`,
  hostSector: 'Värd från idéburen sektor',
  hostMunicipality: 'Värd från kommunen',
  vacant: 'vakant',
  collaborations: 'Samverkan i området',
  partners: 'Parter',
  ages: (min?: number, max?: number) => (min !== undefined && max !== undefined ? `${min}–${max} år` : min !== undefined ? `från ${min} år` : `upp till ${max} år`),
  select: (name: string) => `Välj ${name}`,
  planPeriod: (name: string, start: string, end: string) => `${name}, ${start} – ${end}`,
  filtersLabel: 'Filtrera områden',
  shown: (n: number, total: number) => `Visar ${n} av ${total} områden.`,
  active: (since?: string) => (since ? `Överenskommelsen gäller sedan ${since}.` : 'Överenskommelsen gäller.'),
  draft: 'Överenskommelsen är ett utkast.',
  terminated: (date: string) => `Överenskommelsen avslutades ${date}.`,
  asOf: (date: string) => `Uppgifterna gäller per ${date}.`,
};
