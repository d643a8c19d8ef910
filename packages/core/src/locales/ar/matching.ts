import type { AgeSpan, MatchingText } from '../types.js';

const span = (a: AgeSpan) => (a.max === undefined ? `من هم في سن ${a.min} عامًا فأكثر` : `الأعمار ${a.min}–${a.max}`);

/**
 * العربية: why two interests were matched, and why a host is proposed.
 *
 * @example
 * ```ts
 * import { matching } from '@samverkan/core/locales/ar/matching';
 * matching.sharedAreas('Jämlik fritid och kultur');
 * ```
 */
export const matching: MatchingText = {
  sharedPeople: ({ groups, ages, agesFrom, districts }) => {
    const open = agesFrom !== undefined ? `${agesFrom} عامًا فأكثر` : '';
    const who = groups ? `مع ${groups}${ages || open ? ` (${ages || open})` : ''}` : ages ? `مع الأعمار ${ages}` : open ? `مع من هم في سن ${open}` : '';
    const where = districts ? `في ${districts}` : '';
    return `يعمل الطرفان ${[who, where].filter(Boolean).join(' ')}.`;
  },
  sharedAreas: (areas) => `يريد الطرفان العمل في ${areas}.`,
  theyOffer: ({ other, resources }) => `يقدّم ${other} ${resources}، وهو ما تبحثون عنه.`,
  youOffer: ({ other, resources }) => `تقدّمون ${resources}، وهو ما يبحث عنه ${other}.`,
  sharedForms: (forms) => `يريد الطرفان التعاون عن طريق ${forms}.`,
  sharedLanguages: (languages) => `يعمل الطرفان باللغات التالية: ${languages}.`,
  hostWants: (area) => `يريد أن يكون مضيفًا لمجال ${area}.`,
  hostInArea: (area) => `يعمل في مجال ${area} ويريد أن يكون مضيفًا.`,
  hostGroups: (groups) => `يعمل مع ${groups}، وهي الفئة التي يستهدفها المجال.`,
  hostDistricts: (districts) => `موجود في ${districts}.`,
  hostOffers: (resources) => `يقدّم ${resources}، وهو ما تحتاجه الاستضافة.`,
  hostSector: 'منظمة من القطاع المدني غير الربحي مؤسَّسة رسميًا.',
  hostSectorByForm: 'منظمة من القطاع المدني بحسب شكلها القانوني؛ لا تذكر البيانات إن كان لها نظام أساسي ومجلس إدارة وجمعية عمومية.',
  hostMunicipality: 'إدارة من إدارات البلدية.',
  outsideSector: (kind) => (kind === 'informal' ? 'مجموعة غير رسمية، خارج القطاع المدني غير الربحي.' : 'خارج القطاع المدني غير الربحي، كشركة مثلًا.'),
  agesApart: ({ other, mine, theirs }) => `الأعمار لا تلتقي: تعملون مع ${span(mine)}، ويعمل ${other} مع ${span(theirs)}.`,
  hostNone: 'لا أحد ممن يريدون الاستضافة يستوفي شروط الاستضافة لهذا المقعد.',
};
