import type { IssueParams, LocaleMessages, SubjectKind } from '../../issue/issue.js';

// Wording follows GOV.UK's error style: say what is wrong in the reader's words and what to do,
// with an example; never "ogiltig" alone.

const SUBJECTS: Record<SubjectKind, [definite: string, named: (n: string) => string]> = {
  agreement: ['överenskommelsen', (n) => `överenskommelsen ”${n}”`],
  municipality: ['kommunen', (n) => `kommunen ”${n}”`],
  party: ['parten', (n) => `parten ”${n}”`],
  status: ['statusen', () => 'statusen'],
  principle: ['principen', (n) => `principen ”${n}”`],
  plan: ['samarbetsplanen', (n) => `samarbetsplanen ”${n}”`],
  area: ['området', (n) => `området ”${n}”`],
  hosting: ['värdskapet', (n) => `värdskapet för ”${n}”`],
  coordinator: ['samordnaren', (n) => `samordnaren ”${n}”`],
  working_group: ['arbetsgruppen', () => 'arbetsgruppen'],
  membership: ['medlemskapet', (n) => `medlemskapet för ”${n}”`],
  department: ['förvaltningen', (n) => `förvaltningen ”${n}”`],
  organisation: ['organisationen', (n) => `organisationen ”${n}”`],
  grant_category: ['bidragsformen', (n) => `bidragsformen ”${n}”`],
  grant_total: ['bidragsvolymen', (n) => `bidragsvolymen ${n}`],
  collaboration_form: ['samverkansformen', (n) => `samverkansformen ”${n}”`],
  collaboration: ['samverkan', (n) => `samverkan ”${n}”`],
  partner: ['parten i samverkan', (n) => `parten i samverkan ”${n}”`],
  target_group: ['målgruppen', (n) => `målgruppen ”${n}”`],
  district: ['området', (n) => `stadsdelen ”${n}”`],
  term: ['begreppet', (n) => `begreppet ”${n}”`],
  source: ['källan', (n) => `källan ”${n}”`],
  grant: ['bidraget', (n) => `bidraget ”${n}”`],
  report: ['rapporten', (n) => `rapporten ${n}`],
  interest: ['intresseanmälan', (n) => `intresseanmälan från ”${n}”`],
  item: ['posten', (n) => `posten ${n}`],
};

const TYPES: Record<string, string> = {
  string: 'en text inom citattecken',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista inom [ ]',
  object: 'ett objekt inom { }',
};

function subject(kind: SubjectKind, name: string | undefined): string {
  const [definite, named] = SUBJECTS[kind];
  return name ? named(name) : definite;
}

function where(p: IssueParams): string {
  const s = p.subjectKind ? subject(p.subjectKind, p.subjectName) : 'överenskommelsen';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function field(p: IssueParams): string {
  return p.field ? `”${p.field}”` : 'värdet';
}

const SIDE = { municipality: 'kommunen', sector: 'den idéburna sektorn' } as const;
const side = (p: IssueParams) => SIDE[p.side as keyof typeof SIDE] ?? String(p.side ?? '');
const HOST_SIDE = { municipality: 'en förvaltning', sector: 'en idéburen organisation' } as const;

// Where an id was looked for: [the list, the thing].
const REF: Record<string, [string, string]> = {
  plan: ['samarbetsplanerna', 'planen'],
  area: ['områdena', 'området'],
  organisation: ['organisationerna', 'organisationen'],
  department: ['förvaltningarna', 'förvaltningen'],
  municipal_body: ['förvaltningarna och kommunstyrelsen', 'förvaltningen'],
  actor: ['organisationerna och förvaltningarna', 'organisationen eller förvaltningen'],
  coordinator: ['samordnarna', 'samordnaren'],
  grant_category: ['bidragsformerna', 'bidragsformen'],
  collaboration_form: ['samverkansformerna', 'samverkansformen'],
  target_group: ['målgrupperna', 'målgruppen'],
  district: ['stadsdelarna', 'stadsdelen'],
};

const LEGAL_FORM: Record<string, string> = {
  'non-profit-association': 'en ideell förening',
  'economic-association': 'en ekonomisk förening',
  foundation: 'en stiftelse',
  'religious-community': 'ett trossamfund',
  'limited-company': 'ett aktiebolag',
  'trading-partnership': 'ett handelsbolag',
  'public-body': 'en offentlig aktör',
};

const NUMBER_ERROR: Record<string, string> = {
  format: 'det har fel form',
  personnummer: 'det ser ut som ett personnummer',
  group: 'första siffran används inte för någon juridisk form',
  checksum: 'kontrollsiffran stämmer inte',
};

const ROLE: Record<string, string> = {
  signatory: 'undertecknare av avsiktsförklaringen',
  host: 'värd för ett område',
  recipient: 'mottagare av bidrag',
};

const list = (items: readonly string[] | undefined) => {
  const xs = [...(items ?? [])];
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`;
};

/**
 * Svenska: the Swedish wording of every issue (the default locale).
 *
 * @example
 * ```ts
 * import { sv } from '@samverkan/core/locales/sv';
 * sv.messages.invalid_date({ field: 'adopted' }); // 'Överenskommelsen: ”adopted” är inget datum. …'
 * ```
 */
export const issues: LocaleMessages = {
  locale: 'sv',
  subject,
  messages: {
    invalid_json: (p) =>
      `Filen ${p.value ?? ''} är inte giltig JSON${p.detail ? ` (${String(p.detail)})` : ''}. Rätta skrivfelet och försök igen, till exempel ett saknat kommatecken eller citattecken.`,
    required: (p) => `${where(p)} saknar ${field(p)}. Lägg till ${field(p)} (se ${p.path || 'roten'}).`,
    wrong_type: (p) =>
      `${where(p)}: ${field(p)} ska vara ${TYPES[p.expected ?? ''] ?? p.expected ?? 'något annat'}. Ändra värdet i ${p.path || 'roten'}.`,
    invalid_date: (p) =>
      `${where(p)}: ${field(p)} är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2017-06-14.`,
    invalid_id: (p) =>
      `${where(p)}: ”${p.value ?? ''}” går inte att använda som id. Använd små bokstäver a–z, siffror och bindestreck, till exempel ”jamlik-fritid-och-kultur”.`,
    invalid_url: (p) =>
      `${where(p)}: ${field(p)} ska vara en webbadress som börjar med http:// eller https://, till exempel https://malmo.se.`,
    invalid_organisation_number_format: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är inget organisationsnummer. Ange organisationsnumret som tio siffror, till exempel 802000-0009.`,
    invalid_municipality_code: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är ingen kommunkod. Ange kommunkoden med fyra siffror, till exempel 1280 för Malmö.`,
    empty_text: (p) => `${where(p)}: ${field(p)} är tomt. Skriv en text.`,
    too_few: (p) =>
      `${where(p)}: ${field(p)} behöver minst ${p.minimum ?? 1} ${p.minimum === 1 ? 'post' : 'poster'}. Lägg till fler.`,
    too_small: (p) => `${where(p)}: ${field(p)} måste vara minst ${p.minimum ?? 0}. Ändra värdet.`,
    too_big: (p) => `${where(p)}: ${field(p)} får vara högst ${p.maximum ?? 0}. Ändra värdet.`,
    invalid_choice: (p) =>
      `${where(p)}: ${field(p)} kan inte vara ”${p.value ?? ''}”. Välj ett av ${(p.options ?? []).map((o) => `”${o}”`).join(', ')}.`,
    unknown_field: (p) =>
      `${where(p)} har fältet ${field(p)}, som inte finns i schemat. Kontrollera stavningen eller ta bort fältet.`,
    invalid_value: (p) => `${where(p)}: ${field(p)} har ett värde som inte går att använda. Jämför med schemat.`,

    duplicate_id: (p) => `${where(p)}: id:t ”${p.value ?? ''}” används redan av ${p.other ?? 'en annan post'}. Ge varje post ett eget id.`,
    unknown_reference: (p) => {
      const [many, one] = REF[String(p.refKind)] ?? ['posterna', 'posten'];
      return `${where(p)} hänvisar till ”${p.value ?? ''}” (${p.path ?? ''}), men det id:t finns inte bland ${many}. Rätta id:t eller lägg till ${one} i överenskommelsen.`;
    },
    unknown_rule: (p) =>
      `Regeln ”${p.value ?? ''}” finns inte. Kontrollera stavningen; reglerna heter till exempel ”hosting-seats” och ”area-time-frame”.`,
    invalid_rule_param: (p) =>
      p.minimum !== undefined
        ? `Regeln ”${String(p.rule ?? '')}”: ”${String(p.param ?? '')}” kan inte vara ${p.value ?? ''}. Ange ett tal från ${p.minimum} till ${p.maximum ?? ''}; förvalet används så länge.`
        : `Regeln ”${String(p.rule ?? '')}” har ingen parameter ”${String(p.param ?? '')}”. ${(p.options ?? []).length ? `Den tar ${list(p.options)}.` : 'Den tar inga parametrar.'}`,
    party_side_missing: (p) =>
      `Överenskommelsen saknar en part för ${side(p)}. Lägg till en part med ”side”: ”${String(p.side ?? '')}” under ”parties”.`,
    national_principle_missing: (p) =>
      `Principen ”${p.value ?? ''}”, en av de sex nationella principerna, finns inte med. Lägg till den under ”principles” med ”national”: ”${String(p.national ?? '')}”, gärna med en egen formulering.`,
    municipality_code_unknown: (p) =>
      `Kommunkoden ${p.value ?? ''} tillhör ingen av Sveriges 290 kommuner. Ange kommunens fyrsiffriga kod från SCB, till exempel 1280 för Malmö.`,
    municipality_name_mismatch: (p) =>
      `Kommunkoden ${p.value ?? ''} tillhör ${String(p.codeName ?? '')}, men kommunen heter ${String(p.name ?? '')} (kod ${p.expected ?? ''}). Rätta koden eller namnet.`,
    hosting_seat_vacant: (p) => {
      const who = list(((p.sides as readonly string[] | undefined) ?? []).map((s) => HOST_SIDE[s as keyof typeof HOST_SIDE] ?? s));
      return p.phase === 'identifying-hosts'
        ? `Området ”${String(p.area ?? '')}” har ännu ingen värd från ${who}. I områdets första steg identifierar samordnarna värdar; lägg till värdskapet under ”hosts” när det är klart.`
        : `Området ”${String(p.area ?? '')}” saknar värd från ${who}. Varje aktivt område ska ha en värd från en idéburen organisation och en från en förvaltning – lägg till värdskapet under ”hosts”.`;
    },
    hosting_seat_double: (p) =>
      `Området ”${String(p.area ?? '')}” har ${String(p.count ?? 2)} värdar från ${HOST_SIDE[p.side as keyof typeof HOST_SIDE] ?? ''} samtidigt. Det ska finnas exakt en – avsluta det ena värdskapet med ”to”.`,
    host_not_ideburen: (p) =>
      p.reason === 'department'
        ? `”${String(p.host ?? '')}” är en förvaltning och kan inte vara den idéburna sektorns värd för området ”${String(p.area ?? '')}”. Ange en idéburen organisation.`
        : `”${String(p.host ?? '')}” är inte en formellt bildad idéburen organisation (${LEGAL_FORM[String(p.reason)] ?? 'stadgar, styrelse eller årsmöte saknas, eller den juridiska formen anges inte'}) och kan inte vara den idéburna sektorns värd för ”${String(p.area ?? '')}”. Ange en förening, stiftelse eller ett trossamfund med stadgar, styrelse och årsmöte.`,
    host_informal: (p) =>
      `”${String(p.host ?? '')}” är en informell grupp och ligger utanför överenskommelsen, så den kan inte vara värd för ”${String(p.area ?? '')}”. Den kan däremot vara med i samverkan.`,
    host_not_department: (p) =>
      `”${String(p.host ?? '')}” är en organisation, men kommunens värd för ”${String(p.area ?? '')}” ska vara en förvaltning. Ange förvaltningens id.`,
    hosting_agreement_missing: (p) =>
      `Värdskapet för ”${String(p.host ?? '')}” i ”${String(p.area ?? '')}” saknar avtal. Ett avtal med varje värdorganisation reglerar uppdraget – ange det under ”agreement” med diarienummer och datum.`,
    hosting_terms_overlap: (p) =>
      `Två värdskap från ${HOST_SIDE[p.side as keyof typeof HOST_SIDE] ?? ''} i ”${String(p.area ?? '')}” överlappar: det här börjar ${String(p.from ?? '')}, men ${String(p.other ?? '')} ${p.otherTo ? `slutar först ${String(p.otherTo)}` : 'har inget slutdatum'}. Låt det tidigare sluta före ${String(p.from ?? '')}.`,
    term_ends_before_start: (p) =>
      `${where(p)}: slutdatumet ${String(p.to ?? '')} ligger före startdatumet ${String(p.from ?? '')}. Rätta ett av datumen.`,
    coordinator_missing: (p) =>
      `Det finns ingen samordnare för ${side(p)}. Överenskommelsen har en samordnare för kommunen och en för den idéburna sektorn – lägg till den under ”roles.coordinators”.`,
    coordinator_extra: (p) =>
      `Det finns ${String(p.count ?? 2)} samordnare för ${side(p)} samtidigt. Det ska vara en – avsluta den extra med ”to” eller ta bort den.`,
    coordinator_attachment_missing: (p) =>
      p.side === 'municipality'
        ? 'Det anges inte vad den kommunala samordnaren är knuten till. Ange kommunstyrelsen under ”attachedTo”.'
        : 'Det anges inte vilken metaorganisation den idéburna sektorns samordnare är knuten till. Ange den under ”attachedTo” när den är känd.',
    coordinator_not_attached_to_executive_board: (p) =>
      `Den kommunala samordnaren är knuten till ”${p.value ?? ''}”, men ska ha en organisatorisk koppling till kommunstyrelsen. Ange kommunstyrelsens id under ”attachedTo”.`,
    coordinator_not_attached_to_metaorganisation: (p) =>
      `Den idéburna sektorns samordnare är knuten till ”${String(p.name ?? '')}”, som inte är en metaorganisation. Knyt samordnaren till en metaorganisation, eller ange organisationens medlemmar under ”metaorganisation”.`,
    working_group_member_missing: (p) =>
      p.role === 'host'
        ? `Värden ”${String(p.name ?? '')}” för ”${String(p.area ?? '')}” sitter inte i arbetsgruppen. Lägg till den under ”roles.workingGroup.members” med ”role”: ”host”.`
        : `Samordnaren ”${String(p.name ?? '')}” sitter inte i arbetsgruppen. Lägg till den under ”roles.workingGroup.members” med ”role”: ”coordinator”.`,
    metaorganisation_member_invalid: (p) =>
      p.reason === 'self'
        ? `${where(p)} anger sig själv som medlem. Ta bort ”${p.value ?? ''}” ur medlemslistan.`
        : `${where(p)} anger förvaltningen ”${p.value ?? ''}” som medlem, men en metaorganisations medlemmar är organisationer. Ta bort den ur medlemslistan.`,
    duplicate_organisation: (p) =>
      `Organisationen ”${String(p.name ?? '')}” finns redan som ”${String(p.otherName ?? '')}” (${String(p.other ?? '')}) med ${p.by === 'organisation_number' ? 'samma organisationsnummer' : 'samma namn'}. Slå ihop posterna och hänvisa till en av dem.`,
    informal_signatory: (p) =>
      `”${String(p.name ?? '')}” är en informell grupp och kan inte underteckna. Ta bort den ur ”signatories”; den kan däremot delta i samverkan.`,
    informal_party: (p) =>
      `”${String(p.name ?? '')}” är en informell grupp och kan inte vara part i överenskommelsen. Ange en formellt bildad organisation.`,
    organisation_number_invalid: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är inget giltigt organisationsnummer – ${NUMBER_ERROR[String(p.reason)] ?? 'det har fel form'}. Ange organisationsnumret som tio siffror, till exempel 802000-0009.`,
    organisation_number_legal_form: (p) =>
      `${where(p)}: organisationsnumret ${p.value ?? ''} börjar på ${String(p.group ?? '')}, men ${LEGAL_FORM[String(p.legalForm)] ?? 'den juridiska formen'} har nummer som börjar på ${p.expected ?? ''}. Kontrollera numret eller den juridiska formen.`,
    organisation_outside_municipality: (p) =>
      `”${String(p.name ?? '')}” är markerad som inte verksam i ${String(p.municipality ?? 'kommunen')}, men är ${ROLE[String(p.role)] ?? 'med i överenskommelsen'}. Överenskommelsen gäller organisationer med verksamhet i kommunen – kontrollera uppgiften.`,
    grant_too_long: (p) =>
      p.to
        ? `Bidraget ur ”${String(p.category ?? '')}” löper till ${String(p.to)}, men får löpa högst ${String(p.maxYears ?? '')} år från ${String(p.from ?? '')}, alltså till och med ${String(p.lastDay ?? '')}. Korta perioden eller fatta ett nytt beslut.`
        : `Bidraget ur ”${String(p.category ?? '')}” saknar slutdatum, men får löpa högst ${String(p.maxYears ?? '')} år. Ange ”to”, senast ${String(p.lastDay ?? '')}.`,
    grant_requires_register: (p) =>
      `${String(p.name ?? '')} får bidrag ur ”${String(p.category ?? '')}”, som kräver registrering i föreningsregistret. Registrera organisationen (”associationRegister”: true) innan bidraget ges.`,
    grant_requires_written_agreement: (p) =>
      `Bidraget till ${String(p.name ?? '')} ur ”${String(p.category ?? '')}” kräver ett skriftligt avtal. Ange avtalet under ”writtenAgreement” med diarienummer och datum.`,
    grant_recipient_not_ideburen: (p) =>
      `${String(p.name ?? '')} är inte en idéburen organisation enligt uppgifterna. Kontrollera mottagaren, eller dess juridiska form, stadgar, styrelse och årsmöte.`,
    grant_grantor_not_allowed: (p) =>
      `”${p.value ?? ''}” ger inte bidrag ur ”${String(p.category ?? '')}” enligt bidragsformen. Välj en av ${list(p.options)}, eller lägg till bidragsgivaren under bidragsformens ”grantors”.`,
    agreement_terminated: (p) => `Överenskommelsen avslutades ${String(p.to ?? '')}. Tidsreglerna räknas fram till det datumet.`,
    plan_period_invalid: (p) => `${where(p)} slutar ${String(p.to ?? '')}, före sin start ${String(p.from ?? '')}. Rätta perioden.`,
    plan_period_ended: (p) =>
      `${String(p.plan ?? 'Samarbetsplanen')} gällde till ${String(p.to ?? '')}. Anta en reviderad plan och ange den som ”currentPlan”.`,
    plan_not_revised: (p) =>
      `Ingen samarbetsplan antogs under mandatperioden ${String(p.from ?? '')} – ${String(p.to ?? '')}. Planen ska revideras eller aktualiseras en gång per mandatperiod; lägg till den reviderade planen under ”plans” om den finns.`,
    plan_revision_due: (p) =>
      `Samarbetsplanen har inte reviderats under den här mandatperioden (${String(p.from ?? '')} – ${String(p.to ?? '')}). Den ska revideras eller aktualiseras en gång per mandatperiod, senast ${String(p.to ?? '')}.`,
    yearly_reports_missing: (p) =>
      `Det finns ingen årlig rapport till kommunstyrelsen registrerad för ${list(p.years as readonly string[] | undefined)}. Lägg till rapporterna under ”yearlyReports”.`,
    yearly_report_due: (p) =>
      `Årets rapport till kommunstyrelsen (${String(p.year ?? '')}) är inte registrerad ännu. Samordnarna rapporterar årligen; lägg till den under ”yearlyReports” när den är lämnad.`,
    area_time_frame_exceeded: (p) =>
      `Området ”${String(p.area ?? '')}” startade ${String(p.from ?? '')} och har passerat sin tidsram på ${String(p.years ?? '')} år (${String(p.to ?? '')}). Utvärdera området och avsluta eller förläng det.`,
  },
};
