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
  joining: ['anslutningen', (n) => `anslutningen för ”${n}”`],
  iop: ['IOP:t', (n) => `IOP:t ”${n}”`],
  forum: ['forumet', (n) => `forumet ”${n}”`],
  action: ['insatsen', (n) => `insatsen ”${n}”`],
  commitment: ['åtagandet', (n) => `åtagandet för ”${n}”`],
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
  municipal_body: ['förvaltningarna och styrelsen', 'förvaltningen'],
  actor: ['organisationerna och förvaltningarna', 'organisationen eller förvaltningen'],
  coordinator: ['samordnarna', 'samordnaren'],
  grant_category: ['bidragsformerna', 'bidragsformen'],
  collaboration_form: ['samverkansformerna', 'samverkansformen'],
  target_group: ['målgrupperna', 'målgruppen'],
  district: ['stadsdelarna', 'stadsdelen'],
  party: ['parterna', 'parten'],
  party_or_actor: ['parterna, organisationerna och förvaltningarna', 'parten, organisationen eller förvaltningen'],
  source: ['källorna under ”sources”', 'källan'],
};

// The executive board's name in the middle of a sentence: "kommunstyrelsen", "regionstyrelsen".
const board = (p: IssueParams) => {
  const name = String(p.board ?? 'Kommunstyrelsen');
  return name.charAt(0).toLocaleLowerCase('sv') + name.slice(1);
};

const WAY: Record<string, string> = {
  forums: 'forumen',
  secretariat: 'sekretariatet',
  conference: 'konferensen',
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
  joined: 'ansluten till överenskommelsen eller avsiktsförklaringen',
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
  rules: {
    'unique-ids': "Varje id används en gång i sin lista, och en organisation och en förvaltning delar aldrig id.",
    'references': "Varje id som överenskommelsen hänvisar till finns, och är av rätt slag.",
    'party-sides': "Överenskommelsen har en part på vardera sidan: kommunen eller regionen, och den idéburna sektorn.",
    'national-principles': "Var och en av de sex nationella principerna finns med, under egen eller kommunens benämning.",
    'municipality-code': "Koden är SCB:s och hör till den part som namnges: fyrsiffrig kommunkod eller, för en region, tvåsiffrig länskod.",
    'organising-ways': "De arbetsformer som anges under ”organising.ways” beskrivs, och de som beskrivs anges.",
    'hosting-unused': "En överenskommelse utan värdskap ger inte sina områden värdar eller faser.",
    'hosting-seats': "Varje aktivt område har en värd från en idéburen organisation och en från en förvaltning.",
    'host-eligibility': "Den idéburna sektorns värd är en formellt bildad idéburen organisation; kommunens värd är en förvaltning, aldrig styrelsen.",
    'hosting-agreement': "Varje idéburen värdorganisation har sitt avtal om värdskapet registrerat, och det gäller så länge den är värd.",
    'hosting-terms': "Värdskapen på samma plats överlappar inte, och inget slutar före det börjar.",
    'coordinators': "Det finns exakt en samordnare för kommunen och en för den idéburna sektorn, var och en på ungefär en heltidstjänst.",
    'coordinator-attachment': "Den kommunala samordnaren är knuten till styrelsen eller dess kontor; den idéburna sektorns till en metaorganisation.",
    'working-group': "Arbetsgruppen har samordnarna och de aktiva områdenas värdar som medlemmar, enligt sin sammansättning, och ingen ledamots period slutar före den börjar.",
    'forum-members': "Ett forum för dialog har ledamöter från båda sidor, och ingen mandatperiod slutar före den börjar.",
    'conference-held': "En återkommande konferens har hållits i varje period sedan den första som registrerats.",
    'joining': "Anslutningsregistret hänger ihop: datum inom överenskommelsens livstid, lämnat efter anslutet, ingen ansluten två gånger samtidigt.",
    'metaorganisation-members': "En metaorganisations medlemmar är andra organisationer, inte den själv eller en förvaltning.",
    'study-association-members': "Ett studieförbund är en metaorganisation och anger sina medlemsorganisationer.",
    'duplicate-organisations': "Samma organisation finns bara en gång, jämfört på organisationsnummer och namn.",
    'informal-scope': "En informell grupp varken ansluter sig till eller är part i överenskommelsen.",
    'organisation-number': "Organisationsnummer är riktiga (kontrollsiffra, inget personnummer) och stämmer med den juridiska formen.",
    'geography': "Organisationer som ansluter sig, är värdar eller får bidrag är verksamma i kommunen.",
    'grant-duration': "Ett bidrag löper inte längre än dess bidragsform tillåter, och slutar inte före det börjar.",
    'grant-requirements': "Ett bidrag som kräver registrering i föreningsregistret (enligt kategorin eller förvaltningen) eller ett skriftligt avtal ges inte utan det.",
    'grant-recipient': "Bidrag går till idéburna organisationer.",
    'grant-grantor': "Ett bidrag ges av en av bidragsformens bidragsgivare.",
    'iop': "Ett IOP har en skriftlig överenskommelse och en period som inte slutar före den börjar, och planerade utvärderingar görs i tid.",
    'plan-period': "En plans period slutar efter att den börjar, och den gällande planens period har inte löpt ut.",
    'plan-revision': "Överenskommelsen eller planen revideras enligt sin cykel: en gång per mandatperiod (senast under periodens sista år), eller vart N:e år.",
    'yearly-report': "Varje år sedan den gällande planen började har en årlig rapport till styrelsen.",
    'area-time-frame': "Ett aktivt område har inte passerat sin tidsram (förval fyra år), och inget område ger sig självt en mycket längre.",
  },
  ruleSources: {
    "unique-ids": "samverkan: id är hur uppgifterna hänvisar till varandra",
    references: "samverkan: id är hur uppgifterna hänvisar till varandra",
    "party-sides": "Idéburna Malmö (2015–2017) och Samarbetsplan 2018–2022: en överenskommelse mellan kommunen och den idéburna sektorn",
    "national-principles": "Beredningsgruppen ÖK Malmö, 2015-04-09: de sex nationella principerna ligger till grund för alla överenskommelser",
    "municipality-code": "SCB:s kommunkoder och länskoder",
    "organising-ways": "samverkan: de arbetsformer som nämns är de som beskrivs",
    "hosting-unused": "Samarbetsplan 2018–2022: värdar och faser hör till värdskapet",
    "hosting-seats": "Samarbetsplan 2018–2022, ”Värdskap”: en värd från vardera sidan per område",
    "host-eligibility": "Samarbetsplan 2018–2022: ”en värd från en idéburen organisation och en förvaltning” (inte kommunstyrelsen); Kartläggning 2019",
    "hosting-agreement": "Samarbetsplan 2018–2022: ett avtal med varje värdorganisation, som gäller så länge den är värd",
    "hosting-terms": "Samarbetsplan 2018–2022: en värd per sida åt gången",
    coordinators: "Metaorganisationernas möte 2017-10-12 och Samarbetsplan 2018–2022: två samordnare, en per sida, ”två heltidstjänster”",
    "coordinator-attachment": "Samarbetsplan 2018–2022: den kommunala samordnaren knyts till kommunstyrelsen; metaorganisationernas möte 2017-10-12: sektorns till en metaorganisation",
    "working-group": "Samarbetsplan 2018–2022, ”Organisation”: arbetsgruppens medlemmar",
    "forum-members": "Västra Götalandsregionen: en arbetsgrupp av politiker och företrädare för sektorn",
    "conference-held": "Uppsala: en årlig dialogkonferens",
    joining: "Göteborg och Västra Götalandsregionen: organisationer ansluter sig genom ansökan; Idéburna Malmö (2015–2017)",
    "metaorganisation-members": "Idéburna Malmö (2015–2017): en metaorganisations medlemmar är organisationer",
    "study-association-members": "Idéburna Malmö (2015–2017): studieförbund är metaorganisationer",
    "duplicate-organisations": "Idéburna Malmö (2015–2017): ”Studieförbundet Bilda Sydväst” står två gånger",
    "informal-scope": "Kartläggning 2019: informella grupper står utanför den idéburna sektorn",
    "organisation-number": "Skatteverket: organisationsnummerets kontrollsiffra och grupp",
    geography: "Kartläggning 2019: organisationer verksamma i kommunen",
    "grant-duration": "Kartläggning 2019: kommunstyrelsens anslag i högst två år",
    "grant-requirements": "Kartläggning 2019: föreningsregistret, ”kravet på registrering vid ansökan om bidrag” hos fritidsförvaltningen; beredningsgruppen ÖK Malmö, 2015-04-09: IOP i skrift",
    "grant-recipient": "Kartläggning 2019: stöd till den idéburna sektorn",
    "grant-grantor": "Kartläggning 2019: varje förvaltnings nämnd beslutar om sina regler",
    iop: "Beredningsgruppen ÖK Malmö, 2015-04-09; SKR:s kriterier för IOP (2017)",
    "plan-period": "Samarbetsplan 2018–2022: planen gäller för en period",
    "plan-revision": "Samarbetsplan 2018–2022, ”Revidering”: en gång per mandatperiod, senast under periodens sista år; eller överenskommelsens egen cykel",
    "yearly-report": "Samarbetsplan 2018–2022: samordnarna rapporterar årligen till styrelsen",
    "area-time-frame": "Samarbetsplan 2018–2022: ”tidsramen är ca fyra år för ett område”",
  },
  ruleParams: {
    'grant-duration.defaultMaxYears': 'Längsta tid i år ett bidrag får löpa, för bidragsformer som inte själva anger någon (maxDurationYears). Utan den prövas bara de som anger en.',
    'area-time-frame.years': 'Tidsramen i år för ett område som inte själv anger någon (timeFrameYears), räknat från dagen arbetet började.',
    'area-time-frame.maxYears': 'Längsta egna tidsram i år (timeFrameYears) som godtas utan varning; samarbetsplanen utgår från ca fyra år.',
    'coordinators.minFullTime': 'Minsta andel av en heltidstjänst en samordnare kan ha utan varning; samarbetsplanen räknar med en heltidstjänst per sida.',
    'plan-revision.monthsBefore': 'Hur många månader före mandatperiodens slut en revidering av planen blir aktuell.',
  },
  subject,
  messages: {
    invalid_json: (p) =>
      `Filen ${p.value ?? ''} är inte giltig JSON${p.line !== undefined ? ` (rad ${String(p.line)}, kolumn ${String(p.column ?? '')})` : ''}. Rätta skrivfelet och försök igen, till exempel ett saknat kommatecken eller citattecken.`,
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
      `${where(p)}: ”${p.value ?? ''}” är ingen kommunkod. Ange kommunkoden med fyra siffror, till exempel 1280 för Malmö – eller för en region länskoden med två siffror, till exempel 12 för Region Skåne.`,
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
    rule_failed: (p) =>
      `Regeln ”${p.value ?? ''}” kunde inte köras (${String(p.detail ?? '')}), så det den kontrollerar är inte kontrollerat. De andra reglerna kördes. Rapportera felet till samverkans utvecklare.`,
    rule_disabled: (p) =>
      `Regeln ”${p.value ?? ''}” är avstängd ${p.fromAgreement ? 'i överenskommelsens egna regelinställningar' : 'av den som kör kontrollen'}, så det den kontrollerar är inte kontrollerat.`,
    rule_adjusted: (p) =>
      `Regeln ”${p.value ?? ''}” är ändrad ${p.fromAgreement ? 'i överenskommelsens egna regelinställningar' : 'av den som kör kontrollen'}: ${[...(p.severity ? [`rapporteras som ${({ error: 'fel', warning: 'varning', info: 'information' } as Record<string, string>)[String(p.severity)] ?? String(p.severity)}`] : []), ...(p.options ?? [])].join(', ')}.`,
    invalid_rule_param: (p) =>
      p.minimum !== undefined
        ? `Regeln ”${String(p.rule ?? '')}”: ”${String(p.param ?? '')}” kan inte vara ${p.value ?? ''}. Ange ett tal från ${p.minimum} till ${p.maximum ?? ''}; förvalet används så länge.`
        : `Regeln ”${String(p.rule ?? '')}” har ingen parameter ”${String(p.param ?? '')}”. ${(p.options ?? []).length ? `Den tar ${list(p.options)}.` : 'Den tar inga parametrar.'}`,
    party_side_missing: (p) =>
      `Överenskommelsen saknar en part för ${side(p)}. Lägg till en part med ”side”: ”${String(p.side ?? '')}” under ”parties”.`,
    national_principle_missing: (p) =>
      `Principen ”${p.value ?? ''}”, en av de sex nationella principerna, finns inte med. Lägg till den under ”principles” med ”national”: ”${String(p.national ?? '')}”, gärna med en egen formulering.`,
    municipality_code_unknown: (p) =>
      `Kommunkoden ${p.value ?? ''} tillhör ingen av Sveriges 290 kommuner. Ange kommunens fyrsiffriga kod från SCB, till exempel 1280 för Malmö. Är parten en region, ange ”kind”: ”region” och länskoden${p.region ? `, ${String(p.region)} har ${p.value ?? ''}` : ''}.`,
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
    host_executive_board: (p) =>
      `Kommunens värd för ”${String(p.area ?? '')}” är ${board(p)}, men värden ska vara en förvaltning. Ange den förvaltning som håller värdskapet.`,
    hosting_agreement_expired: (p) =>
      `Avtalet om värdskapet för ”${String(p.host ?? '')}” i ”${String(p.area ?? '')}” gällde till ${String(p.to ?? '')}, men värdskapet pågår. Förläng avtalet eller avsluta värdskapet med ”to”.`,
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
    coordinator_part_time: (p) =>
      `Samordnaren för ${side(p)} har ${String(p.fte ?? '').replace('.', ',')} av en heltidstjänst. Samarbetsplanen räknar med en heltidstjänst för var sida; ange en tjänst på minst ${String(p.minimum ?? '').replace('.', ',')} eller skriv varför mindre räcker.`,
    coordinator_extra: (p) =>
      `Det finns ${String(p.count ?? 2)} samordnare för ${side(p)} samtidigt. Det ska vara en – avsluta den extra med ”to” eller ta bort den.`,
    coordinator_attachment_missing: (p) =>
      p.side === 'municipality'
        ? `Det anges inte vad den kommunala samordnaren är knuten till. Ange ${board(p)} under ”attachedTo”.`
        : 'Det anges inte vilken metaorganisation den idéburna sektorns samordnare är knuten till. Ange den under ”attachedTo” när den är känd.',
    coordinator_not_attached_to_executive_board: (p) =>
      `Den kommunala samordnaren är knuten till ”${p.value ?? ''}”, men ska ha en organisatorisk koppling till ${board(p)}. Ange id:t för ${board(p)} eller dess kontor under ”attachedTo”.`,
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
    informal_joined: (p) =>
      `”${String(p.name ?? '')}” är en informell grupp och kan inte ansluta sig till överenskommelsen. Ta bort den ur ”joined”; den kan däremot delta i samverkan.`,
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
    grant_register_unknown: (p) =>
      `${String(p.name ?? '')} får bidrag ur ”${String(p.category ?? '')}”${p.grantor ? ` från ${String(p.grantor)}` : ''}, och det kräver registrering i föreningsregistret, men det står inte om organisationen är registrerad. Ange ”associationRegister”: true eller false.`,
    grant_requires_register: (p) =>
      `${String(p.name ?? '')} får bidrag ur ”${String(p.category ?? '')}”${p.grantor ? ` från ${String(p.grantor)}` : ''}, och det kräver registrering i föreningsregistret. Registrera organisationen (”associationRegister”: true) innan bidraget ges.`,
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
      `Det finns ingen årlig rapport till ${board(p)} registrerad för ${list(p.years as readonly string[] | undefined)}. Lägg till rapporterna under ”yearlyReports”.`,
    yearly_report_due: (p) =>
      `Årets rapport till ${board(p)} (${String(p.year ?? '')}) är inte registrerad ännu. Samordnarna rapporterar årligen; lägg till den under ”yearlyReports” när den är lämnad.`,
    area_time_frame_long: (p) =>
      `Området ”${String(p.area ?? '')}” har en egen tidsram på ${String(p.years ?? '')} år. Samarbetsplanen utgår från ca fyra år per område; korta tidsramen till högst ${String(p.maximum ?? '')} år eller dela upp arbetet.`,
    area_time_frame_exceeded: (p) =>
      `Området ”${String(p.area ?? '')}” startade ${String(p.from ?? '')} och har passerat sin tidsram på ${String(p.years ?? '')} år (${String(p.to ?? '')}). Utvärdera området och avsluta eller förläng det.`,
    region_code_unknown: (p) =>
      `Länskoden ${p.value ?? ''} tillhör inget av Sveriges 21 län. Ange regionens tvåsiffriga länskod från SCB, till exempel 12 för Region Skåne eller 14 för Västra Götalandsregionen.`,
    organising_way_undescribed: (p) =>
      `Arbetsformen ”${p.value ?? ''}” står under ”organising.ways” men beskrivs inte. Beskriv ${WAY[String(p.value)] ?? 'den'} under ”organising.${p.value ?? ''}”, eller ta bort arbetsformen.`,
    organising_way_unlisted: (p) =>
      `${(WAY[String(p.value)] ?? 'Arbetsformen').replace(/^./, (c) => c.toUpperCase())} beskrivs under ”organising.${p.value ?? ''}”, men ”${p.value ?? ''}” står inte bland arbetsformerna. Lägg till den under ”organising.ways”.`,
    hosting_not_used: (p) =>
      `Området ”${String(p.area ?? '')}” har ”${String(p.field ?? '')}”, men överenskommelsen organiserar inte arbetet med värdskap. Ta bort ”${String(p.field ?? '')}”, eller lägg till ”hosting” under ”organising.ways”.`,
    forum_side_missing: (p) =>
      `Forumet ”${String(p.forum ?? '')}” har inga ledamöter för ${side(p)} just nu. Ett forum för dialog har ledamöter från båda sidor – lägg till dem under ”members”.`,
    conference_not_held: (p) =>
      `Ingen konferens finns registrerad för ${list(p.years as readonly string[] | undefined)}. Lägg till den under ”organising.conference.held” om den hölls.`,
    study_association_not_metaorganisation: (p) =>
      `${String(p.name ?? '')} är ett studieförbund, och studieförbund är metaorganisationer med organisationer som medlemmar. Ange medlemmarna under ”metaorganisation.members”, en tom lista om de inte är kända.`,
    joining_left_before_joined: (p) =>
      `${where(p)}: lämnade ${String(p.to ?? '')} men anslöt sig ${String(p.from ?? '')}. Rätta ett av datumen.`,
    joining_before_adoption: (p) =>
      `${where(p)}: anslöt sig ${p.value ?? ''}, innan överenskommelsen antogs ${String(p.adopted ?? '')}. Rätta datumet, eller ange ”to”: ”declaration-of-intent” om det gällde avsiktsförklaringen.`,
    joining_declaration_after_adoption: (p) =>
      `${where(p)}: anslöt sig till avsiktsförklaringen ${p.value ?? ''}, efter att överenskommelsen antogs ${String(p.adopted ?? '')}. Kontrollera datumet, eller ange ”to”: ”agreement”.`,
    joining_after_end: (p) =>
      `${where(p)}: anslöt sig ${p.value ?? ''}, efter att överenskommelsen avslutades ${String(p.to ?? '')}. Rätta datumet.`,
    joining_not_at_adoption: (p) =>
      `${where(p)}: undertecknade vid antagandet enligt ”how”, men datumet ${p.value ?? ''} är inte antagandedagen ${String(p.adopted ?? '')}. Rätta datumet, eller ange ”how”: ”application” eller ”decision”.`,
    joining_twice: (p) =>
      `”${p.value ?? ''}” är ansluten två gånger samtidigt (se ${String(p.other ?? '')}). Ange när den första anslutningen upphörde under ”left”, eller ta bort den ena.`,
    iop_without_written_agreement: (p) =>
      `IOP:t ”${String(p.name ?? '')}” saknar skriftlig överenskommelse. Ett IOP ska finnas i skrift – ange den under ”writtenAgreement”, till exempel med diarienummer och datum.`,
    iop_without_period: (p) =>
      `IOP:t ”${String(p.name ?? '')}” saknar period. Ange under ”period” när partnerskapet börjar och slutar, till exempel { "start": "2019-01-01", "end": "2021-12-31" }.`,
    iop_evaluation_overdue: (p) =>
      `IOP:t ”${String(p.name ?? '')}” skulle utvärderas ${p.value ?? ''}, men utvärderingen är inte markerad som gjord. Genomför den, eller ange ”done”: true och länka rapporten under ”report”.`,
    revision_overdue: (p) =>
      `${p.of === 'agreement' ? 'Överenskommelsen' : 'Samarbetsplanen'} ska revideras vart ${String(p.years ?? '')}:e år. Revisionen ${String(p.from ?? '')} borde ha följts av en ny senast ${String(p.to ?? '')}. Lägg till den under ${p.of === 'agreement' ? '”revisions”' : '”plans”'}, eller ändra ”revision”.`,
  },
};
