import type { CommonText } from '../types.js';

/**
 * العربية: resources (written to sit inside a sentence) and the phases of an area.
 *
 * @example
 * ```ts
 * import { common } from '@samverkan/core/locales/ar/common';
 * common.resources.premises; // 'أماكن'
 * ```
 */
export const common: CommonText = {
  resources: {
    premises: 'أماكن',
    volunteers: 'متطوعين',
    knowledge: 'معرفة',
    network: 'شبكة علاقات',
    funding: 'تمويل',
    activities: 'أنشطة',
    reach: 'تواصل مع الفئة المستهدفة',
    equipment: 'معدات',
  },
  phases: {
    'identifying-hosts': 'تحديد المضيفين',
    'dialogue-and-matching': 'الحوار والتوفيق بين الشركاء',
    'development-and-innovation': 'التطوير والابتكار',
    'results-and-dissemination': 'تجميع النتائج ونشرها',
    'evaluation-and-follow-up': 'التقييم والمتابعة',
  },
};
