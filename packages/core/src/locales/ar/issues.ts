import type { IssueParams, LocaleMessages, SubjectKind } from '../../issue/issue.js';

// Follows GOV.UK's error style as the Swedish does: what is wrong, then what to do, with an example.
// Names from the data and JSON keys stay as they are (Latin script), between « ».

const SUBJECTS: Record<SubjectKind, [definite: string, named: (n: string) => string]> = {
  agreement: ['الاتفاق', (n) => `الاتفاق «${n}»`],
  municipality: ['البلدية', (n) => `البلدية «${n}»`],
  party: ['الطرف', (n) => `الطرف «${n}»`],
  status: ['الحالة', () => 'الحالة'],
  principle: ['المبدأ', (n) => `المبدأ «${n}»`],
  plan: ['خطة التعاون', (n) => `خطة التعاون «${n}»`],
  area: ['المجال', (n) => `المجال «${n}»`],
  hosting: ['الاستضافة', (n) => `استضافة «${n}»`],
  coordinator: ['المنسق', (n) => `المنسق «${n}»`],
  working_group: ['فريق العمل', () => 'فريق العمل'],
  membership: ['العضوية', (n) => `عضوية «${n}»`],
  department: ['الإدارة', (n) => `الإدارة «${n}»`],
  organisation: ['المنظمة', (n) => `المنظمة «${n}»`],
  grant_category: ['نوع المنحة', (n) => `نوع المنحة «${n}»`],
  grant_total: ['حجم المنح', (n) => `حجم المنح ${n}`],
  collaboration_form: ['شكل التعاون', (n) => `شكل التعاون «${n}»`],
  collaboration: ['التعاون', (n) => `التعاون «${n}»`],
  partner: ['الشريك في التعاون', (n) => `الشريك في التعاون «${n}»`],
  target_group: ['الفئة المستهدفة', (n) => `الفئة المستهدفة «${n}»`],
  district: ['الحي', (n) => `الحي «${n}»`],
  term: ['المصطلح', (n) => `المصطلح «${n}»`],
  source: ['المصدر', (n) => `المصدر «${n}»`],
  grant: ['المنحة', (n) => `المنحة «${n}»`],
  report: ['التقرير', (n) => `التقرير ${n}`],
  interest: ['طلب الاهتمام', (n) => `طلب الاهتمام من «${n}»`],
  joining: ['الانضمام', (n) => `انضمام «${n}»`],
  iop: ['الشراكة IOP', (n) => `الشراكة IOP «${n}»`],
  forum: ['المنتدى', (n) => `المنتدى «${n}»`],
  action: ['النشاط', (n) => `النشاط «${n}»`],
  commitment: ['الالتزام', (n) => `التزام «${n}»`],
  item: ['البند', (n) => `البند ${n}`],
};

const TYPES: Record<string, string> = {
  string: 'نصًا بين علامتي تنصيص',
  number: 'عددًا',
  int: 'عددًا صحيحًا',
  boolean: 'true أو false',
  array: 'قائمة بين [ ]',
  object: 'كائنًا بين { }',
};

function subject(kind: SubjectKind, name: string | undefined): string {
  const [definite, named] = SUBJECTS[kind];
  return name ? named(name) : definite;
}

const where = (p: IssueParams): string => (p.subjectKind ? subject(p.subjectKind, p.subjectName) : 'الاتفاق');
const field = (p: IssueParams): string => (p.field ? `«${p.field}»` : 'القيمة');
const at = (p: IssueParams): string => p.path || 'الجذر';

const SIDE = { municipality: 'البلدية', sector: 'القطاع المدني غير الربحي' } as const;
const side = (p: IssueParams) => SIDE[p.side as keyof typeof SIDE] ?? String(p.side ?? '');
const HOST_SIDE = { municipality: 'إدارة بلدية', sector: 'منظمة من القطاع المدني' } as const;
const hostSide = (s: unknown) => HOST_SIDE[s as keyof typeof HOST_SIDE] ?? String(s ?? '');

// Where an id was looked for: [the list, the thing].
const REF: Record<string, [string, string]> = {
  plan: ['خطط التعاون', 'الخطة'],
  area: ['المجالات', 'المجال'],
  organisation: ['المنظمات', 'المنظمة'],
  department: ['الإدارات', 'الإدارة'],
  municipal_body: ['الإدارات والمجلس التنفيذي', 'الإدارة'],
  actor: ['المنظمات والإدارات', 'المنظمة أو الإدارة'],
  coordinator: ['المنسقين', 'المنسق'],
  grant_category: ['أنواع المنح', 'نوع المنحة'],
  collaboration_form: ['أشكال التعاون', 'شكل التعاون'],
  target_group: ['الفئات المستهدفة', 'الفئة المستهدفة'],
  district: ['الأحياء', 'الحي'],
  party: ['الأطراف', 'الطرف'],
  party_or_actor: ['الأطراف والمنظمات والإدارات', 'الطرف أو المنظمة أو الإدارة'],
  source: ['المصادر تحت «sources»', 'المصدر'],
};

const LEGAL_FORM: Record<string, string> = {
  'non-profit-association': 'جمعية غير ربحية',
  'economic-association': 'جمعية تعاونية اقتصادية',
  foundation: 'مؤسسة وقفية',
  'religious-community': 'طائفة دينية',
  'limited-company': 'شركة مساهمة',
  'trading-partnership': 'شركة تضامن',
  'public-body': 'جهة عامة',
};

const NUMBER_ERROR: Record<string, string> = {
  format: 'شكله غير صحيح',
  personnummer: 'يبدو أنه رقم شخصي (personnummer)',
  group: 'الرقم الأول لا يُستخدم لأي شكل قانوني',
  checksum: 'رقم التحقق الأخير غير صحيح',
};

const ROLE: Record<string, string> = {
  joined: 'منضمّ إلى الاتفاق أو إلى إعلان النوايا',
  host: 'مضيف لأحد المجالات',
  recipient: 'من مستلمي المنح',
};

const list = (items: readonly string[] | undefined) => {
  const xs = [...(items ?? [])];
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join('، ')} و${xs[xs.length - 1]}`;
};
const s = (v: unknown) => String(v ?? '');

// The executive board by the name the agreement gives it (kommunstyrelsen, regionstyrelsen), kept in Latin script.
const board = (p: IssueParams) => (p.board ? `المجلس التنفيذي «${s(p.board)}»` : 'المجلس التنفيذي');

const WAY: Record<string, string> = {
  forums: 'المنتديات',
  secretariat: 'الأمانة',
  conference: 'المؤتمر',
};

/**
 * العربية: the Arabic wording of every issue. Not yet reviewed by a native speaker: see
 * docs/translations.md.
 *
 * @example
 * ```ts
 * import { ar } from '@samverkan/core/locales/ar';
 * ar.messages.invalid_date({ field: 'adopted' });
 * ```
 */
export const issues: LocaleMessages = {
  locale: 'ar',
  subject,
  messages: {
    invalid_json: (p) =>
      `الملف ${p.value ?? ''} ليس ملف JSON صالحًا${p.line !== undefined ? ` (السطر ${s(p.line)}، العمود ${s(p.column)})` : ''}. صحّحوا خطأ الكتابة وحاولوا مرة أخرى، مثلًا فاصلة أو علامة تنصيص ناقصة.`,
    required: (p) => `في ${where(p)} ينقص ${field(p)}. أضيفوا ${field(p)} (انظروا ${at(p)}).`,
    wrong_type: (p) => `${where(p)}: يجب أن يكون ${field(p)} ${TYPES[p.expected ?? ''] ?? p.expected ?? 'شيئًا آخر'}. غيّروا القيمة في ${at(p)}.`,
    invalid_date: (p) => `${where(p)}: ${field(p)} ليس تاريخًا صالحًا. اكتبوا التاريخ بالشكل YYYY-MM-DD، مثل 2017-06-14.`,
    invalid_id: (p) =>
      `${where(p)}: لا يمكن استخدام «${p.value ?? ''}» معرّفًا (id). استخدموا حروفًا لاتينية صغيرة a–z وأرقامًا وشرطات، مثل «jamlik-fritid-och-kultur».`,
    invalid_url: (p) => `${where(p)}: يجب أن يكون ${field(p)} عنوان ويب يبدأ بـ http:// أو https://، مثل https://malmo.se.`,
    invalid_organisation_number_format: (p) =>
      `${where(p)}: «${p.value ?? ''}» ليس رقم منظمة. اكتبوا رقم المنظمة بعشرة أرقام، مثل 802000-0009.`,
    invalid_municipality_code: (p) =>
      `${where(p)}: «${p.value ?? ''}» ليس رمز بلدية. اكتبوا رمز البلدية بأربعة أرقام، مثل 1280 لمالمو – أو للإقليم رمز المقاطعة برقمين، مثل 12 لـRegion Skåne.`,
    empty_text: (p) => `${where(p)}: ${field(p)} فارغ. اكتبوا نصًا.`,
    too_few: (p) => `${where(p)}: يحتاج ${field(p)} إلى ${p.minimum ?? 1} بند على الأقل. أضيفوا المزيد.`,
    too_small: (p) => `${where(p)}: يجب أن يكون ${field(p)} ${p.minimum ?? 0} على الأقل. غيّروا القيمة.`,
    too_big: (p) => `${where(p)}: يجب ألا يزيد ${field(p)} على ${p.maximum ?? 0}. غيّروا القيمة.`,
    invalid_choice: (p) =>
      `${where(p)}: لا يمكن أن يكون ${field(p)} «${p.value ?? ''}». اختاروا واحدًا من ${(p.options ?? []).map((o) => `«${o}»`).join('، ')}.`,
    unknown_field: (p) => `في ${where(p)} الحقل ${field(p)}، وهو غير موجود في المخطط. تحققوا من الإملاء أو احذفوا الحقل.`,
    invalid_value: (p) => `${where(p)}: قيمة ${field(p)} غير قابلة للاستخدام. قارنوها بالمخطط.`,

    duplicate_id: (p) => `${where(p)}: المعرّف «${p.value ?? ''}» مستخدم من قبل ${p.other ?? 'بند آخر'}. أعطوا كل بند معرّفًا خاصًا به.`,
    unknown_reference: (p) => {
      const [many, one] = REF[s(p.refKind)] ?? ['البنود', 'البند'];
      return `يشير ${where(p)} إلى «${p.value ?? ''}» (${p.path ?? ''})، لكن هذا المعرّف غير موجود بين ${many}. صحّحوا المعرّف أو أضيفوا ${one} إلى الاتفاق.`;
    },
    unknown_rule: (p) => `القاعدة «${p.value ?? ''}» غير موجودة. تحققوا من الإملاء؛ أسماء القواعد مثل «hosting-seats» و«area-time-frame».`,
    rule_failed: (p) =>
      `تعذّر تشغيل القاعدة «${p.value ?? ''}» (${s(p.detail)})، لذا لم يُفحص ما تفحصه. شُغّلت القواعد الأخرى. أبلغوا مطوّري samverkan بالخطأ.`,
    rule_disabled: (p) =>
      `القاعدة «${p.value ?? ''}» معطّلة ${p.fromAgreement ? 'في إعدادات القواعد الخاصة بالاتفاق نفسه' : 'من قِبل من يُجري الفحص'}، لذا لم يُفحص ما تفحصه.`,
    rule_adjusted: (p) =>
      `القاعدة «${p.value ?? ''}» معدّلة ${p.fromAgreement ? 'في إعدادات القواعد الخاصة بالاتفاق نفسه' : 'من قِبل من يُجري الفحص'}: ${[...(p.severity ? [`يُبلَّغ عنها بوصفها ${({ error: 'خطأ', warning: 'تحذير', info: 'معلومة' } as Record<string, string>)[s(p.severity)] ?? s(p.severity)}`] : []), ...(p.options ?? [])].join('، ')}.`,
    invalid_rule_param: (p) =>
      p.minimum !== undefined
        ? `القاعدة «${s(p.rule)}»: لا يمكن أن تكون «${s(p.param)}» ${p.value ?? ''}. اكتبوا عددًا من ${p.minimum} إلى ${p.maximum ?? ''}؛ تُستخدم القيمة الافتراضية حتى ذلك الحين.`
        : `ليس للقاعدة «${s(p.rule)}» معامل اسمه «${s(p.param)}». ${(p.options ?? []).length ? `معاملاتها: ${list(p.options)}.` : 'ليس لها معاملات.'}`,
    party_side_missing: (p) => `ليس في الاتفاق طرف يمثل ${side(p)}. أضيفوا طرفًا فيه «side»: «${s(p.side)}» تحت «parties».`,
    national_principle_missing: (p) =>
      `المبدأ «${p.value ?? ''}»، وهو أحد المبادئ الوطنية الستة، غير موجود. أضيفوه تحت «principles» مع «national»: «${s(p.national)}»، ويمكن بصياغتكم الخاصة.`,
    municipality_code_unknown: (p) =>
      `رمز البلدية ${p.value ?? ''} لا يعود إلى أي من بلديات السويد الـ290. اكتبوا رمز البلدية المكوّن من أربعة أرقام من هيئة الإحصاء (SCB)، مثل 1280 لمالمو. إذا كان الطرف إقليمًا، فاكتبوا «kind»: «region» ورمز المقاطعة${p.region ? ` (${s(p.region)} لها الرمز ${p.value ?? ''})` : ''}.`,
    municipality_name_mismatch: (p) =>
      `رمز البلدية ${p.value ?? ''} يعود إلى ${s(p.codeName)}، لكن اسم البلدية ${s(p.name)} (الرمز ${p.expected ?? ''}). صحّحوا الرمز أو الاسم.`,
    hosting_seat_vacant: (p) => {
      const who = list(((p.sides as readonly string[] | undefined) ?? []).map(hostSide));
      return p.phase === 'identifying-hosts'
        ? `ليس للمجال «${s(p.area)}» مضيف من ${who} بعد. في الخطوة الأولى للمجال يحدد المنسقون المضيفين؛ أضيفوا الاستضافة تحت «hosts» عندما تتحدد.`
        : `ليس للمجال «${s(p.area)}» مضيف من ${who}. يجب أن يكون لكل مجال نشط مضيف من منظمة مدنية وآخر من إدارة بلدية – أضيفوا الاستضافة تحت «hosts».`;
    },
    hosting_seat_double: (p) =>
      `للمجال «${s(p.area)}» ${s(p.count ?? 2)} مضيفون من ${hostSide(p.side)} في الوقت نفسه. يجب أن يكون هناك مضيف واحد فقط – أنهوا إحدى الاستضافتين بـ«to».`,
    host_not_ideburen: (p) =>
      p.reason === 'department'
        ? `«${s(p.host)}» إدارة بلدية ولا يمكن أن تكون مضيف القطاع المدني للمجال «${s(p.area)}». اختاروا منظمة من القطاع المدني.`
        : `«${s(p.host)}» ليست منظمة مدنية مؤسَّسة رسميًا (${LEGAL_FORM[s(p.reason)] ?? 'لا نظام أساسي أو مجلس إدارة أو جمعية عمومية، أو الشكل القانوني غير مذكور'}) ولا يمكن أن تكون مضيف القطاع المدني لـ«${s(p.area)}». اختاروا جمعية أو مؤسسة وقفية أو طائفة دينية لها نظام أساسي ومجلس إدارة وجمعية عمومية.`,
    host_informal: (p) =>
      `«${s(p.host)}» مجموعة غير رسمية وتقع خارج الاتفاق، فلا يمكن أن تكون مضيفًا لـ«${s(p.area)}». لكنها تستطيع المشاركة في التعاون.`,
    host_not_department: (p) => `«${s(p.host)}» منظمة، لكن مضيف البلدية لـ«${s(p.area)}» يجب أن يكون إدارة بلدية. اكتبوا معرّف الإدارة.`,
    host_executive_board: (p) =>
      `مضيف البلدية لـ«${s(p.area)}» هو ${board(p)}، لكن يجب أن يكون المضيف إدارة بلدية. اكتبوا الإدارة التي تتولى الاستضافة.`,
    hosting_agreement_expired: (p) =>
      `عقد استضافة «${s(p.host)}» في «${s(p.area)}» كان ساريًا حتى ${s(p.to)}، لكن الاستضافة مستمرة. مدّدوا العقد أو أنهوا الاستضافة بـ«to».`,
    hosting_agreement_missing: (p) =>
      `استضافة «${s(p.host)}» في «${s(p.area)}» ليس لها عقد. العقد مع كل منظمة مضيفة ينظّم المهمة – اذكروه تحت «agreement» مع رقم القيد والتاريخ.`,
    hosting_terms_overlap: (p) =>
      `استضافتان من ${hostSide(p.side)} في «${s(p.area)}» متداخلتان: هذه تبدأ في ${s(p.from)}، لكن ${s(p.other)} ${p.otherTo ? `لا تنتهي إلا في ${s(p.otherTo)}` : 'ليس لها تاريخ انتهاء'}. اجعلوا الاستضافة الأقدم تنتهي قبل ${s(p.from)}.`,
    term_ends_before_start: (p) => `${where(p)}: تاريخ الانتهاء ${s(p.to)} يقع قبل تاريخ البدء ${s(p.from)}. صحّحوا أحد التاريخين.`,
    coordinator_missing: (p) =>
      `لا يوجد منسق لـ${side(p)}. في الاتفاق منسق للبلدية ومنسق للقطاع المدني – أضيفوه تحت «roles.coordinators».`,
    coordinator_part_time: (p) =>
      `منسق ${side(p)} يعمل بنسبة ${s(p.fte)} من وظيفة بدوام كامل. تفترض خطة التعاون وظيفة بدوام كامل لكل طرف؛ اذكروا وظيفة لا تقل عن ${s(p.minimum)} أو اشرحوا لماذا يكفي أقل من ذلك.`,
    coordinator_extra: (p) => `يوجد ${s(p.count ?? 2)} منسقين لـ${side(p)} في الوقت نفسه. يجب أن يكون هناك منسق واحد – أنهوا المنسق الزائد بـ«to» أو احذفوه.`,
    coordinator_attachment_missing: (p) =>
      p.side === 'municipality'
        ? `لم يُذكر بأي جهة يرتبط منسق البلدية. اكتبوا ${board(p)} تحت «attachedTo».`
        : 'لم يُذكر بأي منظمة جامعة يرتبط منسق القطاع المدني. اكتبوها تحت «attachedTo» عندما تُعرف.',
    coordinator_not_attached_to_executive_board: (p) =>
      `منسق البلدية مرتبط بـ«${p.value ?? ''}»، لكن يجب أن يرتبط تنظيميًا بـ${board(p)}. اكتبوا معرّف ${board(p)} أو مكتبه تحت «attachedTo».`,
    coordinator_not_attached_to_metaorganisation: (p) =>
      `منسق القطاع المدني مرتبط بـ«${s(p.name)}»، وهي ليست منظمة جامعة. اربطوا المنسق بمنظمة جامعة، أو اذكروا أعضاء المنظمة تحت «metaorganisation».`,
    working_group_member_missing: (p) =>
      p.role === 'host'
        ? `المضيف «${s(p.name)}» لـ«${s(p.area)}» ليس عضوًا في فريق العمل. أضيفوه تحت «roles.workingGroup.members» مع «role»: «host».`
        : `المنسق «${s(p.name)}» ليس عضوًا في فريق العمل. أضيفوه تحت «roles.workingGroup.members» مع «role»: «coordinator».`,
    metaorganisation_member_invalid: (p) =>
      p.reason === 'self'
        ? `يذكر ${where(p)} نفسه عضوًا. احذفوا «${p.value ?? ''}» من قائمة الأعضاء.`
        : `يذكر ${where(p)} الإدارة «${p.value ?? ''}» عضوًا، لكن أعضاء المنظمة الجامعة منظمات. احذفوها من قائمة الأعضاء.`,
    duplicate_organisation: (p) =>
      `المنظمة «${s(p.name)}» موجودة أصلًا باسم «${s(p.otherName)}» (${s(p.other)}) ${p.by === 'organisation_number' ? 'بالرقم نفسه' : 'بالاسم نفسه'}. ادمجوا البندين وأشيروا إلى أحدهما.`,
    informal_party: (p) => `«${s(p.name)}» مجموعة غير رسمية ولا يمكن أن تكون طرفًا في الاتفاق. اختاروا منظمة مؤسَّسة رسميًا.`,
    organisation_number_invalid: (p) =>
      `${where(p)}: «${p.value ?? ''}» ليس رقم منظمة صالحًا – ${NUMBER_ERROR[s(p.reason)] ?? 'شكله غير صحيح'}. اكتبوا رقم المنظمة بعشرة أرقام، مثل 802000-0009.`,
    organisation_number_legal_form: (p) =>
      `${where(p)}: رقم المنظمة ${p.value ?? ''} يبدأ بـ${s(p.group)}، لكن أرقام ${LEGAL_FORM[s(p.legalForm)] ?? 'هذا الشكل القانوني'} تبدأ بـ${p.expected ?? ''}. تحققوا من الرقم أو من الشكل القانوني.`,
    organisation_outside_municipality: (p) =>
      `«${s(p.name)}» مسجّلة على أنها لا تعمل في ${s(p.municipality ?? 'البلدية')}، لكنها ${ROLE[s(p.role)] ?? 'مشاركة في الاتفاق'}. الاتفاق يخص المنظمات العاملة في البلدية – تحققوا من هذه المعلومة.`,
    grant_too_long: (p) =>
      p.to
        ? `المنحة من «${s(p.category)}» تستمر حتى ${s(p.to)}، لكن لا يجوز أن تزيد على ${s(p.maxYears)} سنوات من ${s(p.from)}، أي حتى ${s(p.lastDay)}. قصّروا المدة أو اتخذوا قرارًا جديدًا.`
        : `المنحة من «${s(p.category)}» ليس لها تاريخ انتهاء، لكن لا يجوز أن تزيد على ${s(p.maxYears)} سنوات. اكتبوا «to»، على ألا يتجاوز ${s(p.lastDay)}.`,
    grant_requires_register: (p) =>
      `تحصل ${s(p.name)} على منحة من «${s(p.category)}»، وهذا يتطلب التسجيل في سجل الجمعيات. سجّلوا المنظمة («associationRegister»: true) قبل منح المنحة.`,
    grant_register_unknown: (p) =>
      `تحصل ${s(p.name)} على منحة من «${s(p.category)}»${p.grantor ? ` تمنحها ${s(p.grantor)}` : ''}، وهذا يتطلب التسجيل في سجل الجمعيات، لكن البيانات لا تذكر إن كانت المنظمة مسجّلة. اكتبوا «associationRegister»: true أو false.`,
    grant_requires_written_agreement: (p) =>
      `المنحة لـ${s(p.name)} من «${s(p.category)}» تتطلب عقدًا مكتوبًا. اذكروا العقد تحت «writtenAgreement» مع رقم القيد والتاريخ.`,
    grant_recipient_not_ideburen: (p) =>
      `حسب البيانات، ${s(p.name)} ليست منظمة من القطاع المدني. تحققوا من المستلم، أو من شكله القانوني ونظامه الأساسي ومجلس إدارته وجمعيته العمومية.`,
    grant_grantor_not_allowed: (p) =>
      `لا يمنح «${p.value ?? ''}» منحًا من «${s(p.category)}» حسب نوع المنحة. اختاروا واحدًا من ${list(p.options)}، أو أضيفوا الجهة المانحة تحت «grantors» في نوع المنحة.`,
    agreement_terminated: (p) => `انتهى الاتفاق في ${s(p.to)}. تُحسب القواعد الزمنية حتى ذلك التاريخ.`,
    plan_period_invalid: (p) => `ينتهي ${where(p)} في ${s(p.to)}، قبل بدايته في ${s(p.from)}. صحّحوا المدة.`,
    plan_period_ended: (p) => `كانت ${s(p.plan ?? 'خطة التعاون')} سارية حتى ${s(p.to)}. اعتمدوا خطة منقّحة واذكروها تحت «currentPlan».`,
    plan_not_revised: (p) =>
      `لم تُعتمد أي خطة تعاون خلال الدورة الانتخابية ${s(p.from)} – ${s(p.to)}. يجب مراجعة الخطة أو تحديثها مرة في كل دورة؛ أضيفوا الخطة المنقّحة تحت «plans» إن وُجدت.`,
    plan_revision_due: (p) =>
      `لم تُراجَع خطة التعاون خلال هذه الدورة الانتخابية (${s(p.from)} – ${s(p.to)}). يجب مراجعتها أو تحديثها مرة في كل دورة، في موعد أقصاه ${s(p.to)}.`,
    yearly_reports_missing: (p) =>
      `لا يوجد تقرير سنوي مسجّل إلى ${board(p)} عن ${list(p.years as readonly string[] | undefined)}. أضيفوا التقارير تحت «yearlyReports».`,
    yearly_report_due: (p) =>
      `تقرير هذا العام إلى ${board(p)} (${s(p.year)}) لم يُسجَّل بعد. يقدّم المنسقون تقريرًا كل عام؛ أضيفوه تحت «yearlyReports» عند تسليمه.`,
    area_time_frame_exceeded: (p) =>
      `بدأ المجال «${s(p.area)}» في ${s(p.from)} وتجاوز مدته الزمنية البالغة ${s(p.years)} سنوات (${s(p.to)}). قيّموا المجال ثم أنهوه أو مدّدوه.`,
    area_time_frame_long: (p) =>
      `للمجال «${s(p.area)}» مدة زمنية خاصة به قدرها ${s(p.years)} سنة. تنطلق خطة التعاون من نحو أربع سنوات لكل مجال؛ قصّروا المدة إلى ${s(p.maximum)} سنوات على الأكثر أو قسّموا العمل.`,
    informal_joined: (p) =>
      `«${s(p.name)}» مجموعة غير رسمية ولا يمكنها الانضمام إلى الاتفاق. احذفوها من «joined»؛ لكنها تستطيع المشاركة في التعاون.`,
    region_code_unknown: (p) =>
      `رمز المقاطعة ${p.value ?? ''} لا يعود إلى أي من مقاطعات السويد الـ21. اكتبوا رمز المقاطعة المكوّن من رقمين من هيئة الإحصاء (SCB)، مثل 12 لـRegion Skåne أو 14 لـVästra Götalandsregionen.`,
    organising_way_undescribed: (p) =>
      `طريقة العمل «${p.value ?? ''}» مذكورة تحت «organising.ways» لكنها غير موصوفة. صفوا ${WAY[s(p.value)] ?? 'طريقة العمل'} تحت «organising.${p.value ?? ''}»، أو احذفوا طريقة العمل.`,
    organising_way_unlisted: (p) =>
      `${WAY[s(p.value)] ?? 'طريقة العمل'} موصوف تحت «organising.${p.value ?? ''}»، لكن «${p.value ?? ''}» ليست بين طرق العمل. أضيفوها تحت «organising.ways».`,
    hosting_not_used: (p) =>
      `للمجال «${s(p.area)}» الحقل «${s(p.field)}»، لكن الاتفاق لا ينظّم العمل بالاستضافة (värdskap). احذفوا «${s(p.field)}»، أو أضيفوا «hosting» تحت «organising.ways».`,
    forum_side_missing: (p) =>
      `ليس للمنتدى «${s(p.forum)}» أعضاء من ${side(p)} حاليًا. لمنتدى الحوار أعضاء من الجانبين: أضيفوهم تحت «members».`,
    conference_not_held: (p) =>
      `لا يوجد مؤتمر مسجّل عن ${list(p.years as readonly string[] | undefined)}. أضيفوه تحت «organising.conference.held» إن عُقد.`,
    study_association_not_metaorganisation: (p) =>
      `${s(p.name)} جمعية تعليمية (studieförbund)، والجمعيات التعليمية منظمات جامعة أعضاؤها منظمات. اذكروا الأعضاء تحت «metaorganisation.members»، أو قائمة فارغة إن لم يُعرفوا.`,
    joining_left_before_joined: (p) => `${where(p)}: غادر في ${s(p.to)} لكنه انضم في ${s(p.from)}. صحّحوا أحد التاريخين.`,
    joining_before_adoption: (p) =>
      `${where(p)}: انضم في ${p.value ?? ''}، قبل اعتماد الاتفاق في ${s(p.adopted)}. صحّحوا التاريخ، أو اكتبوا «to»: «declaration-of-intent» إن كان الانضمام إلى إعلان النوايا.`,
    joining_declaration_after_adoption: (p) =>
      `${where(p)}: انضم إلى إعلان النوايا في ${p.value ?? ''}، بعد اعتماد الاتفاق في ${s(p.adopted)}. تحققوا من التاريخ، أو اكتبوا «to»: «agreement».`,
    joining_after_end: (p) => `${where(p)}: انضم في ${p.value ?? ''}، بعد انتهاء الاتفاق في ${s(p.to)}. صحّحوا التاريخ.`,
    joining_not_at_adoption: (p) =>
      `${where(p)}: وقّع عند الاعتماد حسب «how»، لكن ${p.value ?? ''} ليس يوم الاعتماد ${s(p.adopted)}. صحّحوا التاريخ، أو اكتبوا في «how» القيمة «application» أو «decision».`,
    joining_twice: (p) =>
      `«${p.value ?? ''}» منضمّ مرتين في الوقت نفسه (انظروا ${s(p.other)}). اذكروا متى انتهى الانضمام الأول تحت «left»، أو احذفوا أحدهما.`,
    iop_without_written_agreement: (p) =>
      `ليس للشراكة IOP «${s(p.name)}» اتفاق مكتوب. تُدوَّن الشراكة IOP كتابةً: اذكروها تحت «writtenAgreement»، مثلًا برقم القيد والتاريخ.`,
    iop_without_period: (p) =>
      `ليس للشراكة IOP «${s(p.name)}» مدة. اذكروا تحت «period» متى تبدأ الشراكة ومتى تنتهي، مثل { "start": "2019-01-01", "end": "2021-12-31" }.`,
    iop_evaluation_overdue: (p) =>
      `كان يجب تقييم الشراكة IOP «${s(p.name)}» في ${p.value ?? ''}، لكن التقييم غير مؤشَّر عليه بأنه تم. نفّذوه، أو اكتبوا «done»: true واربطوا التقرير تحت «report».`,
    revision_overdue: (p) =>
      `${p.of === 'agreement' ? 'يُراجَع الاتفاق' : 'تُراجَع خطة التعاون'} كل ${s(p.years)} سنوات. كان يجب أن تلي مراجعةَ ${s(p.from)} مراجعةٌ أخرى في موعد أقصاه ${s(p.to)}. أضيفوها تحت ${p.of === 'agreement' ? '«revisions»' : '«plans»'}، أو غيّروا «revision».`,
  },
};
