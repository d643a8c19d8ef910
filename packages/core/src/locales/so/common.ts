import type { CommonText } from '../types.js';

/**
 * Soomaali: resources (written to sit inside a sentence) and the phases of an area.
 *
 * @example
 * ```ts
 * import { common } from '@samverkan/core/locales/so/common';
 * common.resources.premises; // 'goobo'
 * ```
 */
export const common: CommonText = {
  resources: {
    premises: 'goobo',
    volunteers: 'mutadawiciin',
    knowledge: 'aqoon',
    network: 'shabakad xiriir',
    funding: 'maalgelin',
    activities: 'hawlo',
    reach: 'xiriir lala leeyahay kooxda la beegsanayo',
    equipment: 'qalab',
  },
  phases: {
    'identifying-hosts': 'Aqoonsiga martigeliyayaasha',
    'dialogue-and-matching': 'Wadahadal iyo isku-aadin',
    'development-and-innovation': 'Horumarin iyo hal-abuur',
    'results-and-dissemination': 'Ururinta natiijooyinka iyo faafintooda',
    'evaluation-and-follow-up': 'Qiimayn iyo dabagal',
  },
};
