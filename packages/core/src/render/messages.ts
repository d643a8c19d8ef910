// The wording of the server-rendered listings, Swedish first: the same words the elements show, so the
// page reads the same before and after their script loads.

/** Every word `renderHtml` writes, in one language. */
export interface RenderText {
  areas: string;
  noAreas: string;
  planPeriod: (name: string, start: string, end: string) => string;
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
  principles: string;
  noPrinciples: string;
  form: string;
  formNeedsScript: string;
  formLink: string;
}

/** The server-rendered listings' words in Swedish and English. */
export const RENDER_TEXT: Readonly<Record<'sv' | 'en', RenderText>> = {
  sv: {
    areas: 'Prioriterade områden',
    noAreas: 'Samarbetsplanen har inga prioriterade områden ännu.',
    planPeriod: (name, start, end) => `${name}, ${start} – ${end}`,
    phase: 'Fas',
    phaseOf: (n, total) => `steg ${n} av ${total}`,
    started: 'Startade',
    timeFrame: (years) => `tidsram cirka ${years} år`,
    hostSector: 'Värd från idéburen sektor',
    hostMunicipality: 'Värd från kommunen',
    vacant: 'vakant',
    collaborations: 'Samverkan i området',
    partners: 'parter',
    ages: (min, max) => (min !== undefined && max !== undefined ? `${min}–${max} år` : min !== undefined ? `från ${min} år` : `upp till ${max} år`),
    principles: 'Principer för samverkan',
    noPrinciples: 'Överenskommelsen anger inga principer.',
    form: 'Anmäl intresse för samverkan',
    formNeedsScript: 'Formuläret för intresseanmälan behöver JavaScript i webbläsaren.',
    formLink: 'Anmäl intresse på annat sätt',
  },
  en: {
    areas: 'Priority areas',
    noAreas: 'The cooperation plan has no priority areas yet.',
    planPeriod: (name, start, end) => `${name}, ${start} – ${end}`,
    phase: 'Phase',
    phaseOf: (n, total) => `step ${n} of ${total}`,
    started: 'Started',
    timeFrame: (years) => `time frame about ${years} years`,
    hostSector: 'Host from the idéburen sektor',
    hostMunicipality: 'Host from the municipality',
    vacant: 'vacant',
    collaborations: 'Collaborations in the area',
    partners: 'partners',
    ages: (min, max) => (min !== undefined && max !== undefined ? `ages ${min}–${max}` : min !== undefined ? `from age ${min}` : `up to age ${max}`),
    principles: 'Principles of collaboration',
    noPrinciples: 'The agreement states no principles.',
    form: 'Register an interest in collaborating',
    formNeedsScript: 'The interest form needs JavaScript in the browser.',
    formLink: 'Register an interest another way',
  },
};
