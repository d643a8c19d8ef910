import type { LocalizedText } from '@samverkan/core/light';
import type { UiLang } from './lang-controller.js';

/**
 * Why loading an agreement with `src` failed: the network, the timeout, an HTTP error status, a content
 * type that is not JSON, a file too large, text that is not JSON, or JSON that is not a valid agreement.
 * Each has wording in Swedish and English.
 *
 * @example
 * ```ts
 * el.addEventListener('samverkan-load-error', (e) => {
 *   const reason: LoadErrorReason = e.reason;
 *   if (reason === 'invalid') console.warn('Check the file with samverkan validate');
 * });
 * ```
 */
export type LoadErrorReason = 'network' | 'timeout' | 'http' | 'content-type' | 'too-large' | 'not-json' | 'invalid';

interface Strings {
  loading: string;
  /** Said when even the loading code could not be fetched; the detailed wording comes with that code. */
  loadFailed: (src: string) => string;
  retry: string;
  principles: string;
  noPrinciples: string;
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

export const STRINGS: Record<UiLang, Strings> = {
  sv: {
    loading: 'Hämtar överenskommelsen …',
    loadFailed: (src) => `Överenskommelsen kunde inte hämtas från ${src}. Försök igen.`,
    retry: 'Försök igen',
    principles: 'Principer för samverkan',
    noPrinciples: 'Överenskommelsen anger inga principer.',
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
    loading: 'Loading the agreement …',
    loadFailed: (src) => `The agreement could not be loaded from ${src}. Try again.`,
    retry: 'Try again',
    principles: 'Principles of collaboration',
    noPrinciples: 'The agreement states no principles.',
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

/** A link from data is rendered only when it is http(s); anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The language a text is shown in, so a Swedish fallback on an English page is marked `sv`. */
export function textLang(text: LocalizedText, lang: string): string {
  return typeof text[lang] === 'string' && text[lang] ? lang : 'sv';
}
