import type { CommonText } from '../types.js';

/**
 * Svenska: what each resource is called, written to sit inside a sentence ("Fritidsförvaltningen erbjuder lokaler").
 *
 * @example
 * ```ts
 * import { resources } from '@samverkan/core/locales/sv/resources';
 * resources.premises; // 'lokaler'
 * ```
 */
export const resources: CommonText['resources'] = {
  premises: 'lokaler',
  volunteers: 'volontärer',
  knowledge: 'kunskap',
  network: 'nätverk',
  funding: 'finansiering',
  activities: 'aktiviteter',
  reach: 'kontakt med målgruppen',
  equipment: 'utrustning',
};
