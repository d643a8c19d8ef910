import type { CommonText } from '../types.js';

/**
 * English: resources (written to sit inside a sentence) and the phases of an area.
 *
 * @example
 * ```ts
 * import { common } from '@samverkan/core/locales/en/common';
 * common.resources.premises; // 'premises'
 * ```
 */
export const common: CommonText = {
  resources: {
    premises: 'premises',
    volunteers: 'volunteers',
    knowledge: 'knowledge',
    network: 'a network',
    funding: 'funding',
    activities: 'activities',
    reach: 'reach to the target group',
    equipment: 'equipment',
  },
  phases: {
    'identifying-hosts': 'Identifying hosts',
    'dialogue-and-matching': 'Dialogue and matching',
    'development-and-innovation': 'Development and innovation',
    'results-and-dissemination': 'Results and dissemination',
    'evaluation-and-follow-up': 'Evaluation and follow-up',
  },
};
