import type { IssueParams, LocaleMessages, SubjectKind } from '../../issue/issue.js';

// Lättläst: det viktigaste först, en sak i varje mening, vanliga ord. Ord i filen (som "hosts") står
// kvar, eftersom det är dem läsaren ska leta efter.

const SUBJECTS: Record<SubjectKind, [definite: string, named: (n: string) => string]> = {
  agreement: ['överenskommelsen', (n) => `överenskommelsen ”${n}”`],
  municipality: ['kommunen', (n) => `kommunen ”${n}”`],
  party: ['parten', (n) => `parten ”${n}”`],
  status: ['statusen', () => 'statusen'],
  principle: ['principen', (n) => `principen ”${n}”`],
  plan: ['planen', (n) => `planen ”${n}”`],
  area: ['området', (n) => `området ”${n}”`],
  hosting: ['ansvaret för området', (n) => `ansvaret för ”${n}”`],
  coordinator: ['samordnaren', (n) => `samordnaren ”${n}”`],
  working_group: ['arbetsgruppen', () => 'arbetsgruppen'],
  membership: ['medlemskapet', (n) => `medlemskapet för ”${n}”`],
  department: ['förvaltningen', (n) => `förvaltningen ”${n}”`],
  organisation: ['organisationen', (n) => `organisationen ”${n}”`],
  grant_category: ['sorten av bidrag', (n) => `bidraget ”${n}”`],
  grant_total: ['summan av bidrag', (n) => `summan ${n}`],
  collaboration_form: ['sättet att samarbeta', (n) => `sättet att samarbeta ”${n}”`],
  collaboration: ['samarbetet', (n) => `samarbetet ”${n}”`],
  partner: ['den som samarbetar', (n) => `den som samarbetar, ”${n}”`],
  target_group: ['gruppen', (n) => `gruppen ”${n}”`],
  district: ['delen av staden', (n) => `delen av staden ”${n}”`],
  term: ['ordet', (n) => `ordet ”${n}”`],
  source: ['källan', (n) => `källan ”${n}”`],
  grant: ['bidraget', (n) => `bidraget ”${n}”`],
  report: ['rapporten', (n) => `rapporten ${n}`],
  interest: ['anmälan', (n) => `anmälan från ”${n}”`],
  joining: ['anslutningen', (n) => `anslutningen för ”${n}”`],
  iop: ['IOP:t', (n) => `IOP:t ”${n}”`],
  forum: ['forumet', (n) => `forumet ”${n}”`],
  action: ['insatsen', (n) => `insatsen ”${n}”`],
  commitment: ['löftet', (n) => `löftet från ”${n}”`],
  item: ['raden', (n) => `raden ${n}`],
};

const TYPES: Record<string, string> = {
  string: 'en text inom citattecken',
  number: 'en siffra',
  int: 'ett helt tal',
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
const field = (p: IssueParams): string => (p.field ? `”${p.field}”` : 'värdet');
const at = (p: IssueParams): string => p.path || 'början av filen';

const SIDE = { municipality: 'kommunen', sector: 'föreningarna' } as const;
const side = (p: IssueParams) => SIDE[p.side as keyof typeof SIDE] ?? String(p.side ?? '');
const HOST_SIDE = { municipality: 'kommunen', sector: 'föreningarna' } as const;
const hostSide = (s: unknown) => HOST_SIDE[s as keyof typeof HOST_SIDE] ?? String(s ?? '');

const REF: Record<string, string> = {
  plan: 'planerna',
  area: 'områdena',
  organisation: 'organisationerna',
  department: 'förvaltningarna',
  municipal_body: 'förvaltningarna',
  actor: 'organisationerna och förvaltningarna',
  coordinator: 'samordnarna',
  grant_category: 'bidragen',
  collaboration_form: 'sätten att samarbeta',
  target_group: 'grupperna',
  district: 'delarna av staden',
  party: 'parterna',
  party_or_actor: 'parterna, organisationerna och förvaltningarna',
  source: 'källorna',
};

const LEGAL_FORM: Record<string, string> = {
  'non-profit-association': 'en ideell förening',
  'economic-association': 'en ekonomisk förening',
  foundation: 'en stiftelse',
  'religious-community': 'ett trossamfund',
  'limited-company': 'ett aktiebolag',
  'trading-partnership': 'ett handelsbolag',
  'public-body': 'en del av det offentliga',
};

const NUMBER_ERROR: Record<string, string> = {
  format: 'Det har fel form.',
  personnummer: 'Det ser ut som ett personnummer.',
  group: 'Den första siffran är fel.',
  checksum: 'Den sista siffran stämmer inte.',
};

const ROLE: Record<string, string> = {
  joined: 'är med i överenskommelsen',
  host: 'har ansvar för ett område',
  recipient: 'får bidrag',
};

const list = (items: readonly string[] | undefined) => {
  const xs = [...(items ?? [])];
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`;
};
const s = (v: unknown) => String(v ?? '');

// The executive board by the name the agreement gives it: "kommunstyrelsen", "regionstyrelsen".
const board = (p: IssueParams) => {
  const name = s(p.board ?? 'Kommunstyrelsen');
  return name.charAt(0).toLocaleLowerCase('sv') + name.slice(1);
};

const WAY: Record<string, string> = {
  forums: 'forumen',
  secretariat: 'sekretariatet',
  conference: 'konferensen',
};

/**
 * Lättläst svenska: every issue in easy-to-read Swedish (tag `sv-x-lattlast`). Not yet reviewed by a
 * lättläst editor or a test reader: see docs/translations.md.
 *
 * @example
 * ```ts
 * import { svLattlast } from '@samverkan/core/locales/sv-x-lattlast';
 * svLattlast.messages.invalid_date({ field: 'adopted' });
 * ```
 */
export const issues: LocaleMessages = {
  locale: 'sv-x-lattlast',
  subject,
  messages: {
    invalid_json: (p) =>
      `Filen ${p.value ?? ''} har ett skrivfel${p.line !== undefined ? ` på rad ${s(p.line)}, tecken ${s(p.column)}` : ''}. Det kan saknas ett komma eller ett citattecken. Rätta felet och försök igen.`,
    required: (p) => `${where(p)} saknar ${field(p)}. Skriv in ${field(p)}. Det ska stå vid ${at(p)}.`,
    wrong_type: (p) => `${where(p)}: ${field(p)} ska vara ${TYPES[p.expected ?? ''] ?? p.expected ?? 'något annat'}. Ändra det som står vid ${at(p)}.`,
    invalid_date: (p) => `${where(p)}: ${field(p)} är inget datum. Skriv datumet så här: 2017-06-14.`,
    invalid_id: (p) =>
      `${where(p)}: ”${p.value ?? ''}” kan inte vara ett id. Använd bara små bokstäver a till z, siffror och bindestreck. Till exempel ”jamlik-fritid-och-kultur”.`,
    invalid_url: (p) => `${where(p)}: ${field(p)} ska vara en webbadress. Den ska börja med http:// eller https://. Till exempel https://malmo.se.`,
    invalid_organisation_number_format: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är inget organisationsnummer. Numret ska ha 10 siffror. Till exempel 802000-0009.`,
    invalid_municipality_code: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är ingen kommunkod. Koden ska ha 4 siffror. Malmö har till exempel 1280. En region har en kod med 2 siffror. Region Skåne har till exempel 12.`,
    empty_text: (p) => `${where(p)}: ${field(p)} är tomt. Skriv en text.`,
    too_few: (p) => `${where(p)}: ${field(p)} har för få rader. Det ska finnas minst ${p.minimum ?? 1}. Lägg till fler.`,
    too_small: (p) => `${where(p)}: ${field(p)} är för litet. Det ska vara minst ${p.minimum ?? 0}.`,
    too_big: (p) => `${where(p)}: ${field(p)} är för stort. Det får vara högst ${p.maximum ?? 0}.`,
    invalid_choice: (p) =>
      `${where(p)}: ${field(p)} kan inte vara ”${p.value ?? ''}”. Välj något av det här: ${(p.options ?? []).map((o) => `”${o}”`).join(', ')}.`,
    unknown_field: (p) => `${where(p)} har ${field(p)}. Det ska inte finnas där. Kontrollera stavningen. Eller ta bort det.`,
    invalid_value: (p) => `${where(p)}: ${field(p)} har ett värde som inte fungerar. Jämför med schemat.`,

    duplicate_id: (p) => `${where(p)}: id:t ”${p.value ?? ''}” finns redan. Det används av ${p.other ?? 'en annan rad'}. Ge varje rad ett eget id.`,
    unknown_reference: (p) =>
      `${where(p)} pekar på ”${p.value ?? ''}” (${p.path ?? ''}). Det id:t finns inte bland ${REF[s(p.refKind)] ?? 'raderna'}. Rätta id:t. Eller lägg till det som saknas.`,
    unknown_rule: (p) => `Regeln ”${p.value ?? ''}” finns inte. Kontrollera stavningen. En regel heter till exempel ”hosting-seats”.`,
    rule_failed: (p) =>
      `Regeln ”${p.value ?? ''}” gick inte att köra (${s(p.detail)}). Det som regeln kontrollerar är inte kontrollerat. De andra reglerna kördes. Berätta om felet för dem som gör samverkan.`,
    rule_disabled: (p) =>
      `Regeln ”${p.value ?? ''}” är avstängd ${p.fromAgreement ? 'i överenskommelsens egna inställningar' : 'av den som gör kontrollen'}. Det som regeln kontrollerar är inte kontrollerat.`,
    rule_adjusted: (p) =>
      `Regeln ”${p.value ?? ''}” är ändrad ${p.fromAgreement ? 'i överenskommelsens egna inställningar' : 'av den som gör kontrollen'}: ${[...(p.severity ? [`den visas som ${({ error: 'fel', warning: 'varning', info: 'information' } as Record<string, string>)[s(p.severity)] ?? s(p.severity)}`] : []), ...(p.options ?? [])].join(', ')}.`,
    invalid_rule_param: (p) =>
      p.minimum !== undefined
        ? `Regeln ”${s(p.rule)}”: ”${s(p.param)}” kan inte vara ${p.value ?? ''}. Skriv ett tal från ${p.minimum} till ${p.maximum ?? ''}. Tills dess används det vanliga värdet.`
        : `Regeln ”${s(p.rule)}” har inget som heter ”${s(p.param)}”. ${(p.options ?? []).length ? `Den har ${list(p.options)}.` : 'Den har inga sådana val.'}`,
    party_side_missing: (p) => `Överenskommelsen saknar en part för ${side(p)}. Lägg till en part under ”parties”. Skriv ”side”: ”${s(p.side)}”.`,
    national_principle_missing: (p) =>
      `Principen ”${p.value ?? ''}” saknas. Den är en av de 6 principerna för hela Sverige. Lägg till den under ”principles”. Skriv ”national”: ”${s(p.national)}”.`,
    municipality_code_unknown: (p) =>
      `Det finns ingen kommun med koden ${p.value ?? ''}. Skriv kommunens kod med 4 siffror. Malmö har till exempel 1280. Är det en region? Skriv då ”kind”: ”region” och regionens kod med 2 siffror${p.region ? `. ${s(p.region)} har koden ${p.value ?? ''}` : ''}.`,
    municipality_name_mismatch: (p) =>
      `Koden ${p.value ?? ''} hör till ${s(p.codeName)}. Men kommunen heter ${s(p.name)}. Den har koden ${p.expected ?? ''}. Rätta koden eller namnet.`,
    hosting_seat_vacant: (p) => {
      const who = list(((p.sides as readonly string[] | undefined) ?? []).map(hostSide));
      return p.phase === 'identifying-hosts'
        ? `Området ”${s(p.area)}” har ingen ansvarig från ${who} än. Samordnarna letar efter någon. Skriv in den under ”hosts” när den är klar.`
        : `Området ”${s(p.area)}” har ingen ansvarig från ${who}. Varje område ska ha en ansvarig från föreningarna och en från kommunen. Skriv in den under ”hosts”.`;
    },
    hosting_seat_double: (p) =>
      `Området ”${s(p.area)}” har ${s(p.count ?? 2)} ansvariga från ${hostSide(p.side)} samtidigt. Det ska bara finnas 1. Skriv när den ena slutar, med ”to”.`,
    host_not_ideburen: (p) =>
      p.reason === 'department'
        ? `”${s(p.host)}” är en del av kommunen. Den kan inte vara föreningarnas ansvariga för ”${s(p.area)}”. Välj en förening eller organisation.`
        : `”${s(p.host)}” kan inte vara föreningarnas ansvariga för ”${s(p.area)}”. ${LEGAL_FORM[s(p.reason)] ? `Den är ${LEGAL_FORM[s(p.reason)]}.` : 'Den saknar stadgar, styrelse eller årsmöte.'} Välj en förening, stiftelse eller ett trossamfund. Den ska ha stadgar, styrelse och årsmöte.`,
    host_informal: (p) => `”${s(p.host)}” är en lös grupp. Den kan inte ha ansvar för ”${s(p.area)}”. Men den kan vara med och samarbeta.`,
    host_not_department: (p) => `”${s(p.host)}” är en organisation. Kommunens ansvariga för ”${s(p.area)}” ska vara en förvaltning. Skriv förvaltningens id.`,
    host_executive_board: (p) =>
      `Kommunens ansvariga för ”${s(p.area)}” är ${board(p)}. Men det ska vara en förvaltning. Skriv vilken förvaltning som har ansvaret.`,
    hosting_agreement_expired: (p) =>
      `Avtalet med ”${s(p.host)}” om ”${s(p.area)}” gällde till ${s(p.to)}. Men ”${s(p.host)}” har fortfarande ansvaret. Gör avtalet längre. Eller skriv när ansvaret slutar, med ”to”.`,
    hosting_agreement_missing: (p) =>
      `”${s(p.host)}” har ansvar för ”${s(p.area)}”. Men det finns inget avtal om det. Skriv in avtalet under ”agreement”. Skriv med nummer och datum.`,
    hosting_terms_overlap: (p) =>
      `Två ansvariga från ${hostSide(p.side)} i ”${s(p.area)}” har tider som krockar. Den här börjar ${s(p.from)}. ${s(p.other)} ${p.otherTo ? `slutar först ${s(p.otherTo)}` : 'har inget slutdatum'}. Låt den första sluta före ${s(p.from)}.`,
    term_ends_before_start: (p) => `${where(p)}: slutet ${s(p.to)} kommer före starten ${s(p.from)}. Rätta ett av datumen.`,
    coordinator_missing: (p) => `Det finns ingen samordnare för ${side(p)}. Det ska finnas en. Skriv in den under ”roles.coordinators”.`,
    coordinator_part_time: (p) =>
      `Samordnaren för ${side(p)} arbetar ${s(p.fte).replace('.', ',')} av en heltid. Planen räknar med en heltid för var sida. Skriv minst ${s(p.minimum).replace('.', ',')}. Eller skriv varför mindre räcker.`,
    coordinator_extra: (p) => `Det finns ${s(p.count ?? 2)} samordnare för ${side(p)} samtidigt. Det ska bara finnas 1. Skriv när den ena slutar, med ”to”. Eller ta bort den.`,
    coordinator_attachment_missing: (p) =>
      p.side === 'municipality'
        ? `Det står inte var kommunens samordnare hör till. Skriv ${board(p)} under ”attachedTo”.`
        : 'Det står inte var föreningarnas samordnare hör till. Skriv det under ”attachedTo” när ni vet.',
    coordinator_not_attached_to_executive_board: (p) =>
      `Kommunens samordnare hör till ”${p.value ?? ''}”. Men den ska höra till ${board(p)}. Skriv id:t för ${board(p)} eller dess kontor under ”attachedTo”.`,
    coordinator_not_attached_to_metaorganisation: (p) =>
      `Föreningarnas samordnare hör till ”${s(p.name)}”. Men det är inte en samlande organisation för många föreningar. Byt till en sådan. Eller skriv medlemmarna under ”metaorganisation”.`,
    working_group_member_missing: (p) =>
      p.role === 'host'
        ? `”${s(p.name)}” har ansvar för ”${s(p.area)}”. Men den är inte med i arbetsgruppen. Lägg till den under ”roles.workingGroup.members”. Skriv ”role”: ”host”.`
        : `Samordnaren ”${s(p.name)}” är inte med i arbetsgruppen. Lägg till den under ”roles.workingGroup.members”. Skriv ”role”: ”coordinator”.`,
    metaorganisation_member_invalid: (p) =>
      p.reason === 'self'
        ? `${where(p)} är medlem i sig själv. Ta bort ”${p.value ?? ''}” från listan.`
        : `${where(p)} har förvaltningen ”${p.value ?? ''}” som medlem. Bara organisationer kan vara medlemmar. Ta bort den från listan.`,
    duplicate_organisation: (p) =>
      `Organisationen ”${s(p.name)}” finns två gånger. Den andra heter ”${s(p.otherName)}” (${s(p.other)}). De har ${p.by === 'organisation_number' ? 'samma organisationsnummer' : 'samma namn'}. Gör dem till en.`,
    informal_party: (p) => `”${s(p.name)}” är en lös grupp. Den kan inte vara part i överenskommelsen. Välj en riktig organisation.`,
    organisation_number_invalid: (p) =>
      `${where(p)}: ”${p.value ?? ''}” är inget riktigt organisationsnummer. ${NUMBER_ERROR[s(p.reason)] ?? 'Det har fel form.'} Numret ska ha 10 siffror. Till exempel 802000-0009.`,
    organisation_number_legal_form: (p) =>
      `${where(p)}: numret ${p.value ?? ''} börjar på ${s(p.group)}. Men nummer för ${LEGAL_FORM[s(p.legalForm)] ?? 'den sortens organisation'} börjar på ${p.expected ?? ''}. Kontrollera numret. Eller kontrollera sorten av organisation.`,
    organisation_outside_municipality: (p) =>
      `”${s(p.name)}” finns inte i ${s(p.municipality ?? 'kommunen')}, enligt filen. Men den ${ROLE[s(p.role)] ?? 'är med i överenskommelsen'}. Överenskommelsen gäller bara organisationer i kommunen. Kontrollera uppgiften.`,
    grant_too_long: (p) =>
      p.to
        ? `Bidraget från ”${s(p.category)}” gäller till ${s(p.to)}. Det får bara gälla i ${s(p.maxYears)} år från ${s(p.from)}. Alltså till ${s(p.lastDay)}. Gör tiden kortare. Eller gör ett nytt beslut.`
        : `Bidraget från ”${s(p.category)}” har inget slutdatum. Det får bara gälla i ${s(p.maxYears)} år. Skriv ”to”. Slutet får vara senast ${s(p.lastDay)}.`,
    grant_requires_register: (p) =>
      `${s(p.name)} får bidrag från ”${s(p.category)}”. Då måste organisationen finnas i föreningsregistret. Skriv ”associationRegister”: true när den är registrerad.`,
    grant_register_unknown: (p) =>
      `${s(p.name)} får bidrag från ”${s(p.category)}”${p.grantor ? ` av ${s(p.grantor)}` : ''}. Då måste organisationen finnas i föreningsregistret. Men det står inte om den finns där. Skriv ”associationRegister”: true eller false.`,
    grant_requires_written_agreement: (p) =>
      `Bidraget till ${s(p.name)} från ”${s(p.category)}” kräver ett avtal på papper. Skriv in avtalet under ”writtenAgreement”. Skriv med nummer och datum.`,
    grant_recipient_not_ideburen: (p) =>
      `${s(p.name)} är inte en förening eller liknande, enligt filen. Kontrollera vem som får bidraget.`,
    grant_grantor_not_allowed: (p) =>
      `”${p.value ?? ''}” får inte ge bidrag från ”${s(p.category)}”. Välj ${list(p.options)}. Eller lägg till den under ”grantors”.`,
    agreement_terminated: (p) => `Överenskommelsen slutade ${s(p.to)}. Reglerna om tid räknas fram till den dagen.`,
    plan_period_invalid: (p) => `${where(p)} slutar ${s(p.to)}. Det är före starten ${s(p.from)}. Rätta datumen.`,
    plan_period_ended: (p) => `${s(p.plan ?? 'Planen')} gällde till ${s(p.to)}. Gör en ny plan. Skriv den under ”currentPlan”.`,
    plan_not_revised: (p) =>
      `Ingen ny plan gjordes mellan ${s(p.from)} och ${s(p.to)}. Planen ska ses över 1 gång mellan varje val. Lägg till den nya planen under ”plans” om den finns.`,
    plan_revision_due: (p) =>
      `Planen har inte setts över sedan valet (${s(p.from)} till ${s(p.to)}). Den ska ses över 1 gång mellan varje val. Det ska vara klart senast ${s(p.to)}.`,
    yearly_reports_missing: (p) =>
      `Det finns ingen rapport till ${board(p)} för ${list(p.years as readonly string[] | undefined)}. Det ska finnas 1 rapport varje år. Lägg till rapporterna under ”yearlyReports”.`,
    yearly_report_due: (p) =>
      `Rapporten för i år (${s(p.year)}) finns inte än. Samordnarna skriver 1 rapport varje år. Lägg till den under ”yearlyReports” när den är klar.`,
    area_time_frame_exceeded: (p) =>
      `Området ”${s(p.area)}” började ${s(p.from)}. Det skulle pågå i ${s(p.years)} år, till ${s(p.to)}. Den tiden har gått. Se hur det har gått. Avsluta sedan området eller gör tiden längre.`,
    area_time_frame_long: (p) =>
      `Området ”${s(p.area)}” har en egen tid på ${s(p.years)} år. Planen räknar med ungefär 4 år för ett område. Gör tiden kortare, högst ${s(p.maximum)} år. Eller dela upp arbetet.`,
    informal_joined: (p) =>
      `”${s(p.name)}” är en lös grupp. Den kan inte gå med i överenskommelsen. Ta bort den från ”joined”. Den kan ändå vara med och samarbeta.`,
    region_code_unknown: (p) =>
      `Det finns inget län med koden ${p.value ?? ''}. Skriv regionens kod med 2 siffror. Region Skåne har till exempel 12. Västra Götalandsregionen har 14.`,
    organising_way_undescribed: (p) =>
      `Sättet att arbeta ”${p.value ?? ''}” står under ”organising.ways”. Men det finns ingen beskrivning. Beskriv ${WAY[s(p.value)] ?? 'det'} under ”organising.${p.value ?? ''}”. Eller ta bort det.`,
    organising_way_unlisted: (p) =>
      `Det finns en beskrivning av ${WAY[s(p.value)] ?? 'ett sätt att arbeta'} under ”organising.${p.value ?? ''}”. Men ”${p.value ?? ''}” står inte under ”organising.ways”. Lägg till det där.`,
    hosting_not_used: (p) =>
      `Området ”${s(p.area)}” har ”${s(p.field)}”. Men överenskommelsen har inga värdar. Ta bort ”${s(p.field)}”. Eller skriv ”hosting” under ”organising.ways”.`,
    forum_side_missing: (p) =>
      `Forumet ”${s(p.forum)}” har ingen ledamot från ${side(p)} nu. Ett forum ska ha ledamöter från båda sidor. Lägg till dem under ”members”.`,
    conference_not_held: (p) =>
      `Det finns ingen konferens för ${list(p.years as readonly string[] | undefined)}. Skriv in den under ”organising.conference.held” om den hölls.`,
    study_association_not_metaorganisation: (p) =>
      `${s(p.name)} är ett studieförbund. Ett studieförbund har andra organisationer som medlemmar. Skriv medlemmarna under ”metaorganisation.members”. Skriv en tom lista om ni inte vet dem.`,
    joining_left_before_joined: (p) => `${where(p)}: gick ur ${s(p.to)}. Men gick med ${s(p.from)}. Rätta ett av datumen.`,
    joining_before_adoption: (p) =>
      `${where(p)}: gick med ${p.value ?? ''}. Det är före beslutet om överenskommelsen, ${s(p.adopted)}. Rätta datumet. Gällde det avsiktsförklaringen? Skriv då ”to”: ”declaration-of-intent”.`,
    joining_declaration_after_adoption: (p) =>
      `${where(p)}: gick med i avsiktsförklaringen ${p.value ?? ''}. Det är efter beslutet om överenskommelsen, ${s(p.adopted)}. Kontrollera datumet. Eller skriv ”to”: ”agreement”.`,
    joining_after_end: (p) => `${where(p)}: gick med ${p.value ?? ''}. Men överenskommelsen slutade ${s(p.to)}. Rätta datumet.`,
    joining_not_at_adoption: (p) =>
      `${where(p)}: skrev under när överenskommelsen antogs, står det under ”how”. Men ${p.value ?? ''} är inte samma dag som ${s(p.adopted)}. Rätta datumet. Eller skriv ”application” eller ”decision” under ”how”.`,
    joining_twice: (p) =>
      `”${p.value ?? ''}” är med 2 gånger samtidigt (se ${s(p.other)}). Skriv när den första gången slutade, under ”left”. Eller ta bort den ena.`,
    iop_without_written_agreement: (p) =>
      `IOP:t ”${s(p.name)}” har inget skriftligt avtal. Ett IOP ska finnas på papper. Skriv det under ”writtenAgreement”. Till exempel med diarienummer och datum.`,
    iop_without_period: (p) =>
      `IOP:t ”${s(p.name)}” har ingen tid. Skriv när det börjar och slutar under ”period”. Till exempel { "start": "2019-01-01", "end": "2021-12-31" }.`,
    iop_evaluation_overdue: (p) =>
      `IOP:t ”${s(p.name)}” skulle utvärderas ${p.value ?? ''}. Men det står inte att det är gjort. Gör utvärderingen. Eller skriv ”done”: true och länka rapporten under ”report”.`,
    revision_overdue: (p) =>
      `${p.of === 'agreement' ? 'Överenskommelsen' : 'Planen'} ska ses över vart ${s(p.years)}:e år. Den sågs över ${s(p.from)}. Nästa gång skulle vara senast ${s(p.to)}. Skriv in den under ${p.of === 'agreement' ? '”revisions”' : '”plans”'}. Eller ändra ”revision”.`,
  },
};
