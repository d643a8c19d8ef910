import type { Resource } from './interest.js';

/**
 * What each {@link Resource} is called, in Swedish and English, written to sit inside a sentence
 * ("Fritidsförvaltningen erbjuder lokaler"). Schema-free, so a web page can show them cheaply.
 *
 * @example
 * ```ts
 * RESOURCE_LABELS.sv.premises; // 'lokaler'
 * ```
 */
export const RESOURCE_LABELS: Readonly<Record<'sv' | 'en', Readonly<Record<Resource, string>>>> = {
  sv: {
    premises: 'lokaler',
    volunteers: 'volontärer',
    knowledge: 'kunskap',
    network: 'nätverk',
    funding: 'finansiering',
    activities: 'aktiviteter',
    reach: 'kontakt med målgruppen',
    equipment: 'utrustning',
  },
  en: {
    premises: 'premises',
    volunteers: 'volunteers',
    knowledge: 'knowledge',
    network: 'a network',
    funding: 'funding',
    activities: 'activities',
    reach: 'reach to the target group',
    equipment: 'equipment',
  },
};
