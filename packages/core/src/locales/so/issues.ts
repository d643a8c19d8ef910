import type { IssueParams, LocaleMessages, SubjectKind } from '../../issue/issue.js';

// Follows GOV.UK's error style as the Swedish does: what is wrong, then what to do, with an example.
// Names from the data and JSON keys stay as they are, between “ ”.

const SUBJECTS: Record<SubjectKind, [definite: string, named: (n: string) => string]> = {
  agreement: ['heshiiska', (n) => `heshiiska “${n}”`],
  municipality: ['degmada', (n) => `degmada “${n}”`],
  party: ['dhinaca heshiiska', (n) => `dhinaca heshiiska “${n}”`],
  status: ['xaaladda', () => 'xaaladda'],
  principle: ['mabda’a', (n) => `mabda’a “${n}”`],
  plan: ['qorshaha iskaashiga', (n) => `qorshaha iskaashiga “${n}”`],
  area: ['qaybta', (n) => `qaybta “${n}”`],
  hosting: ['martigelinta', (n) => `martigelinta “${n}”`],
  coordinator: ['isku-duwaha', (n) => `isku-duwaha “${n}”`],
  working_group: ['kooxda shaqada', () => 'kooxda shaqada'],
  membership: ['xubinnimada', (n) => `xubinnimada “${n}”`],
  department: ['waaxda', (n) => `waaxda “${n}”`],
  organisation: ['ururka', (n) => `ururka “${n}”`],
  grant_category: ['nooca deeqda', (n) => `nooca deeqda “${n}”`],
  grant_total: ['wadarta deeqaha', (n) => `wadarta deeqaha ${n}`],
  collaboration_form: ['qaabka iskaashiga', (n) => `qaabka iskaashiga “${n}”`],
  collaboration: ['iskaashiga', (n) => `iskaashiga “${n}”`],
  partner: ['la-hawlgalaha', (n) => `la-hawlgalaha “${n}”`],
  target_group: ['kooxda la beegsanayo', (n) => `kooxda la beegsanayo “${n}”`],
  district: ['xaafadda', (n) => `xaafadda “${n}”`],
  term: ['ereyga', (n) => `ereyga “${n}”`],
  source: ['ilaha', (n) => `ilaha “${n}”`],
  grant: ['deeqda', (n) => `deeqda “${n}”`],
  report: ['warbixinta', (n) => `warbixinta ${n}`],
  interest: ['xiisaha', (n) => `xiisaha ka yimid “${n}”`],
  joining: ['ku biirista', (n) => `ku biirista “${n}”`],
  iop: ['IOP-ga', (n) => `IOP-ga “${n}”`],
  forum: ['golaha', (n) => `golaha “${n}”`],
  action: ['hawsha', (n) => `hawsha “${n}”`],
  commitment: ['ballanqaadka', (n) => `ballanqaadka “${n}”`],
  item: ['qodobka', (n) => `qodobka ${n}`],
};

const TYPES: Record<string, string> = {
  string: 'qoraal ku dhex jira calaamadaha xigashada',
  number: 'tiro',
  int: 'tiro dhan',
  boolean: 'true ama false',
  array: 'liis ku dhex jira [ ]',
  object: 'shay ku dhex jira { }',
};

function subject(kind: SubjectKind, name: string | undefined): string {
  const [definite, named] = SUBJECTS[kind];
  return name ? named(name) : definite;
}

function where(p: IssueParams): string {
  const s = p.subjectKind ? subject(p.subjectKind, p.subjectName) : 'heshiiska';
  return s.charAt(0).toUpperCase() + s.slice(1);
}
const field = (p: IssueParams): string => (p.field ? `“${p.field}”` : 'qiimaha');
const at = (p: IssueParams): string => p.path || 'xididka';

const SIDE = { municipality: 'degmada', sector: 'bulshada rayidka ah' } as const;
const side = (p: IssueParams) => SIDE[p.side as keyof typeof SIDE] ?? String(p.side ?? '');
const HOST_SIDE = { municipality: 'waax degmo', sector: 'urur bulsho rayid ah' } as const;
const hostSide = (s: unknown) => HOST_SIDE[s as keyof typeof HOST_SIDE] ?? String(s ?? '');

// Where an id was looked for: [the list, the thing].
const REF: Record<string, [string, string]> = {
  plan: ['qorshayaasha iskaashiga', 'qorshaha'],
  area: ['qaybaha', 'qaybta'],
  organisation: ['ururrada', 'ururka'],
  department: ['waaxyaha', 'waaxda'],
  municipal_body: ['waaxyaha iyo guddiga fulinta', 'waaxda'],
  actor: ['ururrada iyo waaxyaha', 'ururka ama waaxda'],
  coordinator: ['isku-duwayaasha', 'isku-duwaha'],
  grant_category: ['noocyada deeqaha', 'nooca deeqda'],
  collaboration_form: ['qaababka iskaashiga', 'qaabka iskaashiga'],
  target_group: ['kooxaha la beegsanayo', 'kooxda la beegsanayo'],
  district: ['xaafadaha', 'xaafadda'],
  party: ['dhinacyada', 'dhinaca'],
  party_or_actor: ['dhinacyada, ururada iyo waaxyaha', 'dhinaca, ururka ama waaxda'],
  source: ['ilaha hoosta “sources”', 'isha'],
};

const LEGAL_FORM: Record<string, string> = {
  'non-profit-association': 'urur aan macaash doon ahayn',
  'economic-association': 'urur dhaqaale oo wadaag ah',
  foundation: 'hay’ad deeq',
  'religious-community': 'bulsho diimeed',
  'limited-company': 'shirkad xaddidan',
  'trading-partnership': 'shirkad wadaag ah',
  'public-body': 'hay’ad dowladeed',
};

const NUMBER_ERROR: Record<string, string> = {
  format: 'qaabkiisu khaldan yahay',
  personnummer: 'wuxuu u eg yahay lambar shakhsi (personnummer)',
  group: 'godka koowaad looma isticmaalo qaab sharci oo jira',
  checksum: 'godka hubinta ee ugu dambeeya ma saxna',
};

const ROLE: Record<string, string> = {
  joined: 'ku biiray heshiiska ama baaqa ujeeddada',
  host: 'martigeliyaha qayb',
  recipient: 'mid ka mid ah qaatayaasha deeqaha',
};

const list = (items: readonly string[] | undefined) => {
  const xs = [...(items ?? [])];
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} iyo ${xs[xs.length - 1]}`;
};
const s = (v: unknown) => String(v ?? '');

// The executive board by the name the agreement gives it (kommunstyrelsen, regionstyrelsen).
const board = (p: IssueParams) => (p.board ? `guddiga fulinta (“${s(p.board)}”)` : 'guddiga fulinta');

const WAY: Record<string, string> = {
  forums: 'golayaasha',
  secretariat: 'xoghaynta',
  conference: 'shirka',
};

/**
 * Soomaali: the Somali wording of every issue. Not yet reviewed by a native speaker: see
 * docs/translations.md.
 *
 * @example
 * ```ts
 * import { so } from '@samverkan/core/locales/so';
 * so.messages.invalid_date({ field: 'adopted' });
 * ```
 */
export const issues: LocaleMessages = {
  locale: 'so',
  subject,
  messages: {
    invalid_json: (p) =>
      `Faylka ${p.value ?? ''} ma aha JSON sax ah${p.line !== undefined ? ` (sadarka ${s(p.line)}, tiirka ${s(p.column)})` : ''}. Sax khaladka qoraalka oo mar kale isku day, tusaale ahaan hakad ama calaamad xigasho oo maqan.`,
    required: (p) => `${where(p)} waxaa ka maqan ${field(p)}. Ku dar ${field(p)} (eeg ${at(p)}).`,
    wrong_type: (p) => `${where(p)}: ${field(p)} waa inuu noqdaa ${TYPES[p.expected ?? ''] ?? p.expected ?? 'wax kale'}. Beddel qiimaha ku jira ${at(p)}.`,
    invalid_date: (p) => `${where(p)}: ${field(p)} ma aha taariikh sax ah. U qor taariikhda sida YYYY-MM-DD, tusaale ahaan 2017-06-14.`,
    invalid_id: (p) =>
      `${where(p)}: “${p.value ?? ''}” looma isticmaali karo aqoonsi (id). Isticmaal xarfaha yaryar a–z, tirooyin iyo xariijimo, tusaale ahaan “jamlik-fritid-och-kultur”.`,
    invalid_url: (p) => `${where(p)}: ${field(p)} waa inuu noqdaa ciwaan websaydh oo ku bilaabma http:// ama https://, tusaale ahaan https://malmo.se.`,
    invalid_organisation_number_format: (p) =>
      `${where(p)}: “${p.value ?? ''}” ma aha lambar urur. Qor lambarka ururka oo ah toban god, tusaale ahaan 802000-0009.`,
    invalid_municipality_code: (p) =>
      `${where(p)}: “${p.value ?? ''}” ma aha koodhka degmo. Qor koodhka degmada oo ah afar god, tusaale ahaan 1280 oo ah Malmö – ama, gobol (region), koodhka gobolka oo ah laba god, tusaale ahaan 12 oo ah Region Skåne.`,
    empty_text: (p) => `${where(p)}: ${field(p)} waa bannaan yahay. Qor qoraal.`,
    too_few: (p) => `${where(p)}: ${field(p)} wuxuu u baahan yahay ugu yaraan ${p.minimum ?? 1} qodob. Ku dar qaar kale.`,
    too_small: (p) => `${where(p)}: ${field(p)} waa inuu ahaadaa ugu yaraan ${p.minimum ?? 0}. Beddel qiimaha.`,
    too_big: (p) => `${where(p)}: ${field(p)} waa inuusan ka badan ${p.maximum ?? 0}. Beddel qiimaha.`,
    invalid_choice: (p) =>
      `${where(p)}: ${field(p)} ma noqon karo “${p.value ?? ''}”. Dooro mid ka mid ah ${(p.options ?? []).map((o) => `“${o}”`).join(', ')}.`,
    unknown_field: (p) => `${where(p)} wuxuu leeyahay goobta ${field(p)}, oo aan ku jirin qaab-dhismeedka (schema). Hubi higgaadda ama tirtir goobta.`,
    invalid_value: (p) => `${where(p)}: ${field(p)} wuxuu leeyahay qiime aan la isticmaali karin. Barbar dhig qaab-dhismeedka (schema).`,

    duplicate_id: (p) => `${where(p)}: aqoonsiga “${p.value ?? ''}” waxaa horey u isticmaalay ${p.other ?? 'qodob kale'}. Qodob kasta sii aqoonsi u gaar ah.`,
    unknown_reference: (p) => {
      const [many, one] = REF[s(p.refKind)] ?? ['qodobada', 'qodobka'];
      return `${where(p)} wuxuu tilmaamayaa “${p.value ?? ''}” (${p.path ?? ''}), laakiin aqoonsigaas kuma jiro ${many}. Sax aqoonsiga ama ku dar ${one} heshiiska.`;
    },
    unknown_rule: (p) => `Xeerka “${p.value ?? ''}” ma jiro. Hubi higgaadda; xeerarka waxaa loo yaqaan tusaale ahaan “hosting-seats” iyo “area-time-frame”.`,
    rule_failed: (p) =>
      `Xeerka “${p.value ?? ''}” lama socodsiin karin (${s(p.detail)}), sidaa darteed waxa uu hubiyo lama hubin. Xeerarka kale waa la socodsiiyay. Khaladka u sheeg horumariyeyaasha samverkan.`,
    rule_disabled: (p) =>
      `Xeerka “${p.value ?? ''}” waa la damiyay ${p.fromAgreement ? 'gudaha dejinta xeerarka ee heshiiska laftiisa' : 'qofka hubinta sameynaya'}, sidaa darteed waxa uu hubiyo lama hubin.`,
    rule_adjusted: (p) =>
      `Xeerka “${p.value ?? ''}” waa la beddelay ${p.fromAgreement ? 'gudaha dejinta xeerarka ee heshiiska laftiisa' : 'qofka hubinta sameynaya'}: ${[...(p.severity ? [`waxaa loo soo sheegayaa ${({ error: 'khalad', warning: 'digniin', info: 'macluumaad' } as Record<string, string>)[s(p.severity)] ?? s(p.severity)}`] : []), ...(p.options ?? [])].join(', ')}.`,
    invalid_rule_param: (p) =>
      p.minimum !== undefined
        ? `Xeerka “${s(p.rule)}”: “${s(p.param)}” ma noqon karo ${p.value ?? ''}. Qor tiro u dhaxaysa ${p.minimum} iyo ${p.maximum ?? ''}; inta ka horreysa waxaa la isticmaalayaa qiimaha caadiga ah.`
        : `Xeerka “${s(p.rule)}” ma laha halbeeg la yiraahdo “${s(p.param)}”. ${(p.options ?? []).length ? `Halbeegyadiisu waa ${list(p.options)}.` : 'Ma laha wax halbeeg ah.'}`,
    party_side_missing: (p) =>
      `Heshiiska kama jiro dhinac matala ${side(p)}. Ku dar dhinac leh “side”: “${s(p.side)}” hoosta “parties”.`,
    national_principle_missing: (p) =>
      `Mabda’a “${p.value ?? ''}”, oo ka mid ah lixda mabda’ ee qaranka, kuma jiro. Ku dar hoosta “principles” adigoo raacinaya “national”: “${s(p.national)}”, haddii aad rabtaan erayadiinna gaarka ah.`,
    municipality_code_unknown: (p) =>
      `Koodhka degmada ${p.value ?? ''} kama tirsana 290-ka degmo ee Iswiidhan. Qor koodhka afarta god ah ee degmada ee SCB, tusaale ahaan 1280 oo ah Malmö. Haddii dhinacu yahay gobol, qor “kind”: “region” iyo koodhka gobolka${p.region ? ` (${s(p.region)} wuxuu leeyahay ${p.value ?? ''})` : ''}.`,
    municipality_name_mismatch: (p) =>
      `Koodhka degmada ${p.value ?? ''} wuxuu leeyahay ${s(p.codeName)}, laakiin degmada magaceedu waa ${s(p.name)} (koodh ${p.expected ?? ''}). Sax koodhka ama magaca.`,
    hosting_seat_vacant: (p) => {
      const who = list(((p.sides as readonly string[] | undefined) ?? []).map(hostSide));
      return p.phase === 'identifying-hosts'
        ? `Qaybta “${s(p.area)}” weli ma laha martigeliye ka socda ${who}. Tallaabada koowaad ee qaybta isku-duwayaashu waxay aqoonsadaan martigeliyayaasha; ku dar martigelinta hoosta “hosts” marka la go’aamiyo.`
        : `Qaybta “${s(p.area)}” ma laha martigeliye ka socda ${who}. Qayb kasta oo firfircoon waa inay leedahay martigeliye urur bulsho rayid ah iyo mid waax degmo ah – ku dar martigelinta hoosta “hosts”.`;
    },
    hosting_seat_double: (p) =>
      `Qaybta “${s(p.area)}” waxay hal mar leedahay ${s(p.count ?? 2)} martigeliye oo ka socda ${hostSide(p.side)}. Waa inuu jiraa mid keliya – ku soo afjar midkood “to”.`,
    host_not_ideburen: (p) =>
      p.reason === 'department'
        ? `“${s(p.host)}” waa waax degmo, mana noqon karto martigeliyaha bulshada rayidka ee qaybta “${s(p.area)}”. Dooro urur bulsho rayid ah.`
        : `“${s(p.host)}” ma aha urur bulsho rayid ah oo si rasmi ah loo aasaasay (${LEGAL_FORM[s(p.reason)] ?? 'ma laha dastuur, guddi ama shir sannadeed, ama qaabka sharci lama sheegin'}), mana noqon karto martigeliyaha bulshada rayidka ee “${s(p.area)}”. Dooro urur, hay’ad deeq ama bulsho diimeed leh dastuur, guddi iyo shir sannadeed.`,
    host_informal: (p) =>
      `“${s(p.host)}” waa koox aan rasmi ahayn oo ka baxsan heshiiska, sidaas darteed ma noqon karto martigeliyaha “${s(p.area)}”. Laakiin way ka qayb gali kartaa iskaashiga.`,
    host_not_department: (p) =>
      `“${s(p.host)}” waa urur, laakiin martigeliyaha degmada ee “${s(p.area)}” waa inuu noqdaa waax. Qor aqoonsiga waaxda.`,
    host_executive_board: (p) =>
      `Martigeliyaha degmada ee “${s(p.area)}” waa ${board(p)}, laakiin martigeliyuhu waa inuu noqdaa waax. Qor waaxda haysa martigelinta.`,
    hosting_agreement_expired: (p) =>
      `Heshiiska martigelinta “${s(p.host)}” ee “${s(p.area)}” wuxuu dhaqan galayay ilaa ${s(p.to)}, laakiin martigelintu way socotaa. Kordhi heshiiska ama ku soo afjar martigelinta “to”.`,
    hosting_agreement_missing: (p) =>
      `Martigelinta “${s(p.host)}” ee “${s(p.area)}” ma laha heshiis qoran. Heshiis lala galo urur kasta oo martigeliya ayaa nidaamiya hawsha – ku qor hoosta “agreement” lambarka diiwaanka iyo taariikhda.`,
    hosting_terms_overlap: (p) =>
      `Laba martigelin oo ka socda ${hostSide(p.side)} ee “${s(p.area)}” way isku dhacaan: tan waxay bilaabataa ${s(p.from)}, laakiin ${s(p.other)} ${p.otherTo ? `ma dhammaato ilaa ${s(p.otherTo)}` : 'ma laha taariikh dhammaad'}. Ka dhig midda hore mid dhammaata ka hor ${s(p.from)}.`,
    term_ends_before_start: (p) => `${where(p)}: taariikhda dhammaadka ${s(p.to)} waxay ka horreysaa taariikhda bilowga ${s(p.from)}. Sax mid ka mid ah taariikhaha.`,
    coordinator_missing: (p) =>
      `Ma jiro isku-duwe u qaabilsan ${side(p)}. Heshiisku wuxuu leeyahay isku-duwe degmada iyo mid bulshada rayidka ah – ku dar hoosta “roles.coordinators”.`,
    coordinator_part_time: (p) =>
      `Isku-duwaha ${side(p)} wuxuu hayaa ${s(p.fte)} shaqo waqti-buuxa ah. Qorshaha iskaashigu wuxuu ku tiirsan yahay hal shaqo waqti-buuxa ah dhinac kasta; qor shaqo ugu yaraan ${s(p.minimum)} ah ama sheeg sababta ay wax ka yar ugu filan yihiin.`,
    coordinator_extra: (p) =>
      `Waxaa hal mar jira ${s(p.count ?? 2)} isku-duwe oo u qaabilsan ${side(p)}. Waa inuu jiraa mid keliya – ku soo afjar kan dheeraadka ah “to” ama tirtir.`,
    coordinator_attachment_missing: (p) =>
      p.side === 'municipality'
        ? `Lama sheegin waxa isku-duwaha degmada ku xiran yahay. Ku qor ${board(p)} hoosta “attachedTo”.`
        : 'Lama sheegin ururka dallada ah ee isku-duwaha bulshada rayidka ku xiran yahay. Ku qor hoosta “attachedTo” marka la ogaado.',
    coordinator_not_attached_to_executive_board: (p) =>
      `Isku-duwaha degmada wuxuu ku xiran yahay “${p.value ?? ''}”, laakiin waa inuu xiriir habaysan la leeyahay ${board(p)}. Ku qor aqoonsiga ${board(p)} ama xafiiskiisa hoosta “attachedTo”.`,
    coordinator_not_attached_to_metaorganisation: (p) =>
      `Isku-duwaha bulshada rayidka wuxuu ku xiran yahay “${s(p.name)}”, oo aan ahayn urur dallad ah. Ku xir isku-duwaha urur dallad ah, ama ku qor xubnaha ururka hoosta “metaorganisation”.`,
    working_group_member_missing: (p) =>
      p.role === 'host'
        ? `Martigeliyaha “${s(p.name)}” ee “${s(p.area)}” kuma jiro kooxda shaqada. Ku dar hoosta “roles.workingGroup.members” adigoo raacinaya “role”: “host”.`
        : `Isku-duwaha “${s(p.name)}” kuma jiro kooxda shaqada. Ku dar hoosta “roles.workingGroup.members” adigoo raacinaya “role”: “coordinator”.`,
    metaorganisation_member_invalid: (p) =>
      p.reason === 'self'
        ? `${where(p)} wuxuu isu qoray xubin. Ka saar “${p.value ?? ''}” liiska xubnaha.`
        : `${where(p)} wuxuu waaxda “${p.value ?? ''}” u qoray xubin, laakiin xubnaha urur dallad ahi waa ururro. Ka saar liiska xubnaha.`,
    duplicate_organisation: (p) =>
      `Ururka “${s(p.name)}” horey ayuu u jiray isagoo ah “${s(p.otherName)}” (${s(p.other)}) ${p.by === 'organisation_number' ? 'isla lambarka ururka' : 'isla magaca'}. Isku dar labada qodob oo tilmaan mid ka mid ah.`,
    informal_party: (p) => `“${s(p.name)}” waa koox aan rasmi ahayn, mana noqon karto dhinac ka mid ah heshiiska. Dooro urur si rasmi ah loo aasaasay.`,
    organisation_number_invalid: (p) =>
      `${where(p)}: “${p.value ?? ''}” ma aha lambar urur oo sax ah – ${NUMBER_ERROR[s(p.reason)] ?? 'qaabkiisu khaldan yahay'}. Qor lambarka ururka oo ah toban god, tusaale ahaan 802000-0009.`,
    organisation_number_legal_form: (p) =>
      `${where(p)}: lambarka ururka ${p.value ?? ''} wuxuu ku bilaabmaa ${s(p.group)}, laakiin lambarrada ${LEGAL_FORM[s(p.legalForm)] ?? 'qaabkan sharci'} waxay ku bilaabmaan ${p.expected ?? ''}. Hubi lambarka ama qaabka sharci.`,
    organisation_outside_municipality: (p) =>
      `“${s(p.name)}” waxaa lagu calaamadeeyay inaanu ka hawlgalin ${s(p.municipality ?? 'degmada')}, laakiin waa ${ROLE[s(p.role)] ?? 'ka qayb qaate heshiiska'}. Heshiisku wuxuu khuseeyaa ururrada ka hawlgala degmada – hubi xogtan.`,
    grant_too_long: (p) =>
      p.to
        ? `Deeqda ka timid “${s(p.category)}” waxay socotaa ilaa ${s(p.to)}, laakiin waa inaysan ka badan ${s(p.maxYears)} sano laga bilaabo ${s(p.from)}, taas oo ah ilaa ${s(p.lastDay)}. Gaabi muddada ama go’aan cusub qaata.`
        : `Deeqda ka timid “${s(p.category)}” ma laha taariikh dhammaad, laakiin waa inaysan ka badan ${s(p.maxYears)} sano. Qor “to”, ugu dambayn ${s(p.lastDay)}.`,
    grant_requires_register: (p) =>
      `${s(p.name)} wuxuu deeq ka helayaa “${s(p.category)}”, taas oo u baahan diiwaangelin diiwaanka ururrada. Diiwaangeli ururka (“associationRegister”: true) ka hor inta aan deeqda la bixin.`,
    grant_register_unknown: (p) =>
      `${s(p.name)} wuxuu deeq ka helayaa “${s(p.category)}”${p.grantor ? ` oo ay bixiso ${s(p.grantor)}` : ''}, taas oo u baahan diiwaangelin diiwaanka ururrada, laakiin lama sheegin in ururku diiwaangashan yahay. Qor “associationRegister”: true ama false.`,
    grant_requires_written_agreement: (p) =>
      `Deeqda loo siinayo ${s(p.name)} ee ka timid “${s(p.category)}” waxay u baahan tahay heshiis qoran. Ku qor heshiiska hoosta “writtenAgreement” lambarka diiwaanka iyo taariikhda.`,
    grant_recipient_not_ideburen: (p) =>
      `Sida xogtu sheegayso, ${s(p.name)} ma aha urur bulsho rayid ah. Hubi qaataha, ama qaabkiisa sharci, dastuurkiisa, guddigiisa iyo shirkiisa sannadeed.`,
    grant_grantor_not_allowed: (p) =>
      `“${p.value ?? ''}” kama bixiyo deeq “${s(p.category)}” sida nooca deeqdu qabo. Dooro mid ka mid ah ${list(p.options)}, ama ku dar bixiyaha deeqda hoosta “grantors” ee nooca deeqda.`,
    agreement_terminated: (p) => `Heshiisku wuxuu dhammaaday ${s(p.to)}. Xeerarka waqtiga waxaa la xisaabiyaa ilaa taariikhdaas.`,
    plan_period_invalid: (p) => `${where(p)} wuxuu dhammaanayaa ${s(p.to)}, ka hor bilowgiisa ${s(p.from)}. Sax muddada.`,
    plan_period_ended: (p) => `${s(p.plan ?? 'Qorshaha iskaashiga')} wuxuu dhaqan gal ahaa ilaa ${s(p.to)}. Ansixiya qorshe dib loo eegay oo ku qora “currentPlan”.`,
    plan_not_revised: (p) =>
      `Lama ansixin qorshe iskaashi muddadii doorashada ${s(p.from)} – ${s(p.to)}. Qorshaha waa in dib loo eego ama la cusbooneysiiyo hal mar muddo doorasho kasta; ku dar qorshaha dib loo eegay hoosta “plans” haddii uu jiro.`,
    plan_revision_due: (p) =>
      `Qorshaha iskaashiga dib looma eegin muddadan doorashada (${s(p.from)} – ${s(p.to)}). Waa in dib loo eego ama la cusbooneysiiyo hal mar muddo doorasho kasta, ugu dambayn ${s(p.to)}.`,
    yearly_reports_missing: (p) =>
      `Ma jiro warbixin sannadeed oo loo diray ${board(p)} oo la diiwaangeliyay ${list(p.years as readonly string[] | undefined)}. Ku dar warbixinada hoosta “yearlyReports”.`,
    yearly_report_due: (p) =>
      `Warbixinta sannadkan ee ${board(p)} (${s(p.year)}) weli lama diiwaangelin. Isku-duwayaashu sannad walba way soo warbixiyaan; ku dar hoosta “yearlyReports” marka la gudbiyo.`,
    area_time_frame_exceeded: (p) =>
      `Qaybta “${s(p.area)}” waxay bilaabatay ${s(p.from)} waxayna dhaaftay muddadeedii ${s(p.years)} sano ahayd (${s(p.to)}). Qiimee qaybta kadibna soo afjar ama kordhi.`,
    area_time_frame_long: (p) =>
      `Qaybta “${s(p.area)}” waxay leedahay muddo u gaar ah oo ah ${s(p.years)} sano. Qorshaha iskaashigu wuxuu ka ambaqaadayaa qiyaastii afar sano qayb kasta; soo gaabi muddada ilaa ugu badnaan ${s(p.maximum)} sano ama qaybi shaqada.`,
    informal_joined: (p) =>
      `“${s(p.name)}” waa koox aan rasmi ahayn mana ku biiri karto heshiiska. Ka saar “joined”; hase yeeshee way ka qayb qaadan kartaa iskaashiga.`,
    region_code_unknown: (p) =>
      `Koodhka gobolka ${p.value ?? ''} kama tirsana 21-ka gobol ee Iswiidhan. Qor koodhka labada god ah ee gobolka ee SCB, tusaale ahaan 12 oo ah Region Skåne ama 14 oo ah Västra Götalandsregionen.`,
    organising_way_undescribed: (p) =>
      `Habka shaqada “${p.value ?? ''}” wuxuu ku qoran yahay “organising.ways” laakiin lama sharxin. Sharax ${WAY[s(p.value)] ?? 'habka'} hoosta “organising.${p.value ?? ''}”, ama ka saar habka.`,
    organising_way_unlisted: (p) =>
      `Hoosta “organising.${p.value ?? ''}” waxaa lagu sharxay ${WAY[s(p.value)] ?? 'habka'}, laakiin “${p.value ?? ''}” kuma jiro hababka shaqada. Ku dar hoosta “organising.ways”.`,
    hosting_not_used: (p) =>
      `Qaybta “${s(p.area)}” waxay leedahay “${s(p.field)}”, laakiin heshiisku shaqada uma habeeyo martigelin (värdskap). Ka saar “${s(p.field)}”, ama ku dar “hosting” hoosta “organising.ways”.`,
    forum_side_missing: (p) =>
      `Golaha “${s(p.forum)}” hadda ma laha xubno ka socda ${side(p)}. Golaha wadahadalka wuxuu leeyahay xubno labada dhinac ah: ku dar hoosta “members”.`,
    conference_not_held: (p) =>
      `Shir looma diiwaangelin ${list(p.years as readonly string[] | undefined)}. Ku dar hoosta “organising.conference.held” haddii la qabtay.`,
    study_association_not_metaorganisation: (p) =>
      `${s(p.name)} waa urur waxbarasho (studieförbund), ururada waxbarashaduna waa ururo dallad ah oo xubnahoodu yihiin ururo. Ku qor xubnaha hoosta “metaorganisation.members”, liis bannaan haddii aan la aqoon.`,
    joining_left_before_joined: (p) => `${where(p)}: wuxuu baxay ${s(p.to)} laakiin wuxuu ku biiray ${s(p.from)}. Sax mid ka mid ah taariikhaha.`,
    joining_before_adoption: (p) =>
      `${where(p)}: wuxuu ku biiray ${p.value ?? ''}, ka hor intaan heshiiska la ansixin ${s(p.adopted)}. Sax taariikhda, ama qor “to”: “declaration-of-intent” haddii ay ahayd baaqa ujeeddada.`,
    joining_declaration_after_adoption: (p) =>
      `${where(p)}: wuxuu ku biiray baaqa ujeeddada ${p.value ?? ''}, kadib markii heshiiska la ansixiyay ${s(p.adopted)}. Hubi taariikhda, ama qor “to”: “agreement”.`,
    joining_after_end: (p) => `${where(p)}: wuxuu ku biiray ${p.value ?? ''}, kadib markii heshiisku dhammaaday ${s(p.to)}. Sax taariikhda.`,
    joining_not_at_adoption: (p) =>
      `${where(p)}: wuxuu saxiixay markii la ansixiyay sida “how” sheegayo, laakiin ${p.value ?? ''} ma aha maalinta ansixinta, ${s(p.adopted)}. Sax taariikhda, ama “how” u qor “application” ama “decision”.`,
    joining_twice: (p) =>
      `“${p.value ?? ''}” isku mar ayuu laba jeer ku biiray (eeg ${s(p.other)}). Ku qor hoosta “left” goorta ku biiristii hore dhammaatay, ama ka saar mid.`,
    iop_without_written_agreement: (p) =>
      `IOP-ga “${s(p.name)}” ma laha heshiis qoran. IOP waa in la qoraa: ku qor hoosta “writtenAgreement”, tusaale ahaan lambarka diiwaanka iyo taariikhda.`,
    iop_without_period: (p) =>
      `IOP-ga “${s(p.name)}” ma laha muddo. Ku qor hoosta “period” goorta iskaashigu bilaabanayo iyo goorta uu dhammaanayo, tusaale ahaan { "start": "2019-01-01", "end": "2021-12-31" }.`,
    iop_evaluation_overdue: (p) =>
      `IOP-ga “${s(p.name)}” waxaa la rabay in la qiimeeyo ${p.value ?? ''}, laakiin qiimaynta looma calaamadin inay dhacday. Samee, ama qor “done”: true oo ku xir warbixinta hoosta “report”.`,
    revision_overdue: (p) =>
      `${p.of === 'agreement' ? 'Heshiiska' : 'Qorshaha iskaashiga'} dib ayaa loo eegaa ${s(p.years)} sano kasta. Dib-u-eegistii ${s(p.from)} waxaa ahayd in ay ku xigto mid kale ugu dambayn ${s(p.to)}. Ku dar hoosta ${p.of === 'agreement' ? '“revisions”' : '“plans”'}, ama beddel “revision”.`,
  },
};
