import type { LoadDetails, UiText } from '../types.js';

// العربية الفصحى المعاصرة، بصيغة الجمع المهذبة («أنتم») كما يخاطب النص السويدي القارئ بـ«ni».
// المصطلحات السويدية التي لا مقابل لها في العربية تُذكر بين قوسين مرة واحدة حيث يحتاجها القارئ.

const page: UiText['page'] = {
  loading: 'جارٍ تحميل الاتفاق …',
  loadFailed: (src: string) => `تعذّر تحميل الاتفاق من ${src}. حاولوا مرة أخرى.`,
  retry: 'حاولوا مرة أخرى',
  unavailableRetry: 'لا يمكن عرض الاتفاق الآن. حاولوا مرة أخرى بعد قليل.',
  unavailable: 'لا يمكن عرض الاتفاق الآن. الخلل في الموقع، وليس من جهتكم.',
  principles: 'مبادئ التعاون',
  noPrinciples: 'لا يذكر الاتفاق أي مبادئ.',
};

const loadErrors: UiText['loadErrors'] = {
  network: ({ src }: LoadDetails) => `تعذّر تحميل الاتفاق من ${src}. تحققوا من العنوان ومن الاتصال بالشبكة، ثم حاولوا مرة أخرى.`,
  timeout: ({ src }: LoadDetails) => `استغرق تحميل الاتفاق من ${src} وقتًا طويلًا. حاولوا مرة أخرى بعد قليل.`,
  http: ({ src, status }: LoadDetails) => `تعذّر تحميل الاتفاق من ${src} (الرد ${status ?? '?'}). تحققوا من صحة العنوان.`,
  'content-type': ({ src }: LoadDetails) => `الملف في ${src} ليس بصيغة JSON. اجعلوا src يشير إلى ملف agreement.json.`,
  'too-large': ({ src }: LoadDetails) => `الملف في ${src} أكبر من أن يكون اتفاقًا. تحققوا من العنوان.`,
  'not-json': ({ src }: LoadDetails) => `الملف في ${src} ليس ملف JSON صالحًا. صحّحوه، مثلًا بالأمر npx -p @samverkan/core samverkan validate.`,
  invalid: ({ src, count, path }: LoadDetails) =>
    `الملف في ${src} ليس اتفاقًا صالحًا: عدد الأخطاء ${count ?? 1}${path ? `، وأولها في ${path}` : ''}. افحصوه بالأمر npx -p @samverkan/core samverkan validate.`,
};

const areaList: UiText['areaList'] = {
  areas: 'المجالات ذات الأولوية',
  noAreas: 'لا توجد في خطة التعاون مجالات ذات أولوية بعد.',
  noMatch: 'لا توجد مجالات تطابق التصفية.',
  showAll: 'عرض كل المجالات',
  targetGroup: 'الفئة المستهدفة',
  district: 'الحي',
  all: 'الكل',
  phase: 'المرحلة',
  phaseOf: (n: number, total: number) => `الخطوة ${n} من ${total}`,
  started: 'تاريخ البدء',
  timeFrame: (years: number) => `المدة الزمنية نحو ${years} سنوات`,
  hostSector: 'المضيف من القطاع المدني',
  hostMunicipality: 'المضيف من البلدية',
  vacant: 'شاغر',
  collaborations: 'التعاون في هذا المجال',
  partners: 'الشركاء',
  ages: (min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `من ${min} إلى ${max} سنة` : min !== undefined ? `من ${min} سنة فما فوق` : `حتى ${max} سنة`,
  select: (name: string) => `اختيار ${name}`,
  planPeriod: (name: string, start: string, end: string) => `${name}، من ${start} إلى ${end}`,
  filtersLabel: 'تصفية المجالات',
  shown: (n: number, total: number) => `يُعرض ${n} من أصل ${total} مجالات.`,
  active: (since?: string) => (since ? `الاتفاق ساري المفعول منذ ${since}.` : 'الاتفاق ساري المفعول.'),
  draft: 'الاتفاق مسودة.',
  terminated: (date: string) => `انتهى الاتفاق في ${date}.`,
  asOf: (date: string) => `البيانات محدّثة حتى ${date}.`,
};

const form: UiText['form'] = {
  heading: 'سجّلوا اهتمامكم بالتعاون',
  intro: 'أخبرونا بما تريدون القيام به، وسيساعدكم المنسقون على إيجاد من تتعاونون معه.',
  optional: '(اختياري)',
  who: 'من أنتم؟',
  kindOrganisation: 'منظمة من القطاع المدني غير الربحي',
  kindDepartment: 'إدارة من إدارات البلدية',
  name: 'اسم المنظمة',
  organisationNumber: 'رقم المنظمة (organisationsnummer)',
  organisationNumberHint: 'عشرة أرقام، مثل 802000-0009. الجمعية التي ليس لها رقم تترك هذا الحقل فارغًا.',
  legalForm: 'الشكل القانوني',
  choose: 'اختاروا …',
  department: 'الإدارة',
  what: 'ماذا تريدون أن تفعلوا؟',
  areas: 'المجالات التي تريدون العمل فيها',
  areasHint: 'اختاروا مجالًا واحدًا على الأقل.',
  targetGroups: 'الفئات المستهدفة',
  ages: 'الأعمار',
  ageMin: 'من',
  ageMax: 'إلى (ضمنًا)',
  years: 'سنة',
  districts: 'الأحياء',
  offers: 'ما يمكنكم تقديمه',
  seeks: 'ما تبحثون عنه',
  forms: 'أشكال التعاون',
  wantsToHost: 'نودّ أن نكون مضيفًا لأحد المجالات',
  description: 'صفوا باختصار ما تريدون القيام به',
  contact: 'الشخص المسؤول عن التواصل',
  contactHint: 'يستخدم المنسقون بيانات التواصل للاتصال بكم. ولا تُعرض هذه البيانات على العموم أبدًا.',
  contactName: 'الاسم',
  contactEmail: 'البريد الإلكتروني',
  contactPhone: 'الهاتف',
  privacy: 'البيانات الشخصية',
  consent: 'أوافق على معالجة البيانات من أجل إيجاد فرص للتعاون',
  privacyLink: 'اقرؤوا كيف تُعالج البيانات الشخصية',
  listed: 'يجوز عرض اسم المنظمة في قائمة عامة لطلبات الاهتمام، دون بيانات التواصل',
  publicRecord:
    'ما ترسلونه إلى البلدية يصبح وثيقة عامة (allmän handling). يمكن لأي شخص أن يطلب الاطلاع عليها بعد مراجعة السرية. لا تكتبوا بيانات حساسة في النموذج.',
  honeypot: 'اتركوا هذا الحقل فارغًا',
  submit: 'إرسال طلب الاهتمام',
  submitting: 'جارٍ إرسال طلب الاهتمام …',
  showMatches: 'عرض الشركاء المحتملين',
  summary: 'هناك مشكلة',
  errorPrefix: 'خطأ:',
  restored: 'ملأنا النموذج بما كتبتموه سابقًا في علامة التبويب هذه.',
  clear: 'تفريغ النموذج',
  successHeading: 'شكرًا! تم إرسال طلب الاهتمام.',
  successText: 'سيقرأ منسقو الاتفاق الطلب ويتواصلون مع الشخص المسؤول عن التواصل. لا تحتاجون إلى فعل أي شيء آخر الآن.',
  handedOver: 'شكرًا! تم تسليم طلب الاهتمام.',
  another: 'إرسال طلب اهتمام آخر',
  offline: 'تعذّر إرسال طلب الاهتمام: لم يكن الوصول إلى الخادم ممكنًا. بياناتكم ما زالت في النموذج. تحققوا من الاتصال بالإنترنت وأرسلوا مرة أخرى.',
  unavailable: 'الخدمة التي تستقبل طلبات الاهتمام لا تستجيب الآن. بياناتكم ما زالت في النموذج. حاولوا مرة أخرى بعد قليل.',
  rejected: (status: number) =>
    `لم تقبل الجهة المستقبلة طلب الاهتمام (الرد ${status}). بياناتكم ما زالت في النموذج. صحّحوا ما هو مذكور أدناه وأرسلوا مرة أخرى، أو تواصلوا مع البلدية.`,
  tooFast: 'أُرسل النموذج بسرعة غير معتادة. تحققوا من البيانات وأرسلوا مرة أخرى.',
  checkFailed: 'تعذّر فحص النموذج لأن جزءًا من الصفحة لم يُحمَّل. بياناتكم ما زالت في النموذج. حاولوا مرة أخرى.',
  matches: 'الشركاء المحتملون',
  matchesLoading: 'جارٍ البحث عن شركاء محتملين …',
  matchesNone: 'لا توجد اقتراحات بعد. ومع ذلك يمكن للمنسقين مساعدتكم.',
  matchesFailed: 'تعذّر تحميل الاقتراحات الآن.',
  matchesNote: 'لا تُعرض بيانات التواصل هنا أبدًا. إذا أردتم التواصل مع أحد، فاطلبوا من المنسقين ترتيب ذلك.',
  score: (percent: string) => `نسبة التوافق ${percent}`,
  found: (n: number) => (n === 1 ? 'وُجد اقتراح واحد.' : `عدد الاقتراحات التي وُجدت: ${n}.`),
  errorsFound: (n: number) => (n === 1 ? 'هناك خطأ واحد يجب تصحيحه.' : `عدد الأخطاء التي يجب تصحيحها: ${n}.`),
  areaTicked: (name: string) => `تم اختيار «${name}» في طلب الاهتمام.`,
  noScript: 'تحتاج استمارة طلب الاهتمام إلى تفعيل JavaScript في المتصفح.',
  noScriptLink: 'سجّلوا اهتمامكم بطريقة أخرى',
  legalForms: {
    'non-profit-association': 'جمعية غير ربحية (ideell förening)',
    'economic-association': 'جمعية تعاونية اقتصادية (ekonomisk förening)',
    foundation: 'مؤسسة وقفية (stiftelse)',
    'religious-community': 'طائفة دينية (trossamfund)',
    'informal-group': 'شبكة أو مجموعة ليس لها رقم منظمة',
    'limited-company': 'شركة مساهمة (مثلًا شركة ذات توزيع أرباح محدود)',
    'trading-partnership': 'شركة تضامن (handelsbolag)',
  },
};

const check: UiText['check'] = {
  kind: 'اختاروا إن كنتم منظمة أم إدارة',
  name: 'اكتبوا اسم المنظمة',
  organisationNumber: 'تحققوا من رقم المنظمة',
  'orgnr-format': 'اكتبوا رقم المنظمة بعشرة أرقام، مثل 802000-0009',
  'orgnr-personnummer': 'هذا رقم شخصي (personnummer). اكتبوا رقم المنظمة أو اتركوا الحقل فارغًا',
  'orgnr-group': 'هذا ليس رقم منظمة: يجب أن يكون الرقم الأول من 1 إلى 3 أو من 5 إلى 9',
  'orgnr-checksum': 'تحققوا من رقم المنظمة: الرقم الأخير لا يتفق مع بقية الأرقام',
  'orgnr-legal-form': 'الرقم لا يتوافق مع الشكل القانوني. تحققوا من رقم المنظمة أو من الشكل القانوني',
  legalForm: 'اختاروا شكلًا قانونيًا من القائمة',
  department: 'اختاروا الإدارة التي تنتمون إليها',
  areas: 'اختاروا مجالًا واحدًا على الأقل تريدون العمل فيه',
  targetGroups: 'اختاروا الفئات المستهدفة من القائمة',
  ageMin: 'اكتبوا أصغر عمر بالسنوات الكاملة، مثل 13',
  ageMax: 'اكتبوا أكبر عمر بالسنوات الكاملة، مثل 19',
  ageOrder: 'لا يمكن أن يكون أكبر عمر أقل من أصغر عمر',
  districts: 'اختاروا الأحياء من القائمة',
  offers: 'اختاروا ما يمكنكم تقديمه من القائمة',
  seeks: 'اختاروا ما تبحثون عنه من القائمة',
  forms: 'اختاروا أشكال التعاون من القائمة',
  wantsToHost: 'ضعوا علامة في المربع إن كنتم تريدون أن تكونوا مضيفًا',
  description: 'تحققوا من الوصف',
  contactName: 'اكتبوا اسم الشخص المسؤول عن التواصل',
  contactEmail: 'اكتبوا البريد الإلكتروني للشخص المسؤول عن التواصل',
  emailFormat: 'اكتبوا البريد الإلكتروني بالصيغة الصحيحة، مثل name@example.se',
  contactPhone: 'اكتبوا رقم الهاتف من 6 إلى 20 رقمًا، مثل 040-34 10 00',
  consent: 'وافقوا على معالجة البيانات، وإلا فلا يمكن إرسال طلب الاهتمام',
  listed: 'ضعوا علامة في المربع إن كنتم تريدون الظهور في القائمة',
};

/**
 * العربية: the web components' words in Arabic (Modern Standard Arabic). Not yet reviewed by a native
 * speaker: see docs/translations.md.
 *
 * @example
 * ```ts
 * import { ui } from '@samverkan/core/locales/ar/ui';
 * ui.page.retry; // 'حاولوا مرة أخرى'
 * ```
 */
export const ui: UiText = { page, loadErrors, areaList, form, check };
