import type { CommonText } from '../types.js';

/**
 * Lättläst svenska: resources (written to sit inside a sentence) and the phases of an area.
 *
 * @example
 * ```ts
 * import { common } from '@samverkan/core/locales/sv-x-lattlast/common';
 * common.resources.premises; // 'lokaler'
 * ```
 */
export const common: CommonText = {
  resources: {
    premises: 'lokaler',
    volunteers: 'personer som hjälper till gratis',
    knowledge: 'kunskap',
    network: 'kontakter',
    funding: 'pengar',
    activities: 'aktiviteter',
    reach: 'kontakt med de personer det gäller',
    equipment: 'saker att använda',
  },
  phases: {
    'identifying-hosts': 'Vi letar efter någon som tar ansvar',
    'dialogue-and-matching': 'Vi pratar och hittar rätt personer',
    'development-and-innovation': 'Vi gör nya saker',
    'results-and-dissemination': 'Vi berättar vad vi har gjort',
    'evaluation-and-follow-up': 'Vi tittar på hur det gick',
  },
};
