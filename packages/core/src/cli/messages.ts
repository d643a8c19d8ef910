// The CLI's own wording, Swedish first. Issue messages come from the locales; these frame them.
export interface CliText {
  usage: string;
  unknownCommand: (cmd: string) => string;
  unknownPreset: (name: string, known: readonly string[]) => string;
  missingArgument: (what: string) => string;
  unknownOption: (opt: string) => string;
  badLocale: (value: string) => string;
  badDate: (value: string) => string;
  badFormat: (value: string, options: readonly string[]) => string;
  missingValue: (option: string) => string;
  badNumber: (option: string, value: string) => string;
  unknownInterest: (id: string) => string;
  invalidInterests: (file: string, n: number) => string;
  unknownExport: (kind: string) => string;
  matchHeading: (name: string) => string;
  noMatches: string;
  unreadable: (file: string, reason: string) => string;
  invalidAgreement: (file: string, count: number) => string;
  summary: SummaryText;
  validate: ValidateText;
}

export interface ValidateText {
  heading: (name: string, today: string) => string;
  counts: (c: { error: number; warning: number; info: number }) => string;
  clean: string;
  root: string;
  group: { error: string; warning: string; info: string };
}

export interface SummaryText {
  municipalityCode: string;
  adopted: string;
  status: { draft: string; active: (since?: string) => string; terminated: (date: string, reason: string) => string };
  parties: string;
  sides: { municipality: string; sector: string };
  vision: string;
  aims: string;
  principles: string;
  plan: string;
  noPlan: string;
  areas: string;
  phase: string;
  hostSector: string;
  hostMunicipality: string;
  vacant: string;
  coordinators: string;
  attachedTo: string;
  notStated: string;
  workingGroup: string;
  members: (n: number) => string;
  roles: { coordinator: string; host: string; 'co-opted': string };
  departments: string;
  organisations: string;
  signatories: (year: number, n: number) => string;
  grantCategories: string;
  collaborationForms: string;
  collaborations: string;
  glossary: string;
}

const USAGE_SV = `Användning: samverkan <kommando> [flaggor]

Kommandon:
  preset malmo              Skriv ut Överenskommelse Malmöandan som JSON
  schema                    Skriv ut JSON Schema för en agreement.json
  show <fil|preset|->       Skriv ut en sammanfattning av en överenskommelse
  validate <fil|preset|->   Kontrollera en överenskommelse mot schemat och reglerna
  match <intressen.json>    Föreslå samverkan mellan intresseanmälningar (--for <id>, --limit N)
  report <fil|preset>       Årlig uppföljning (--year ÅÅÅÅ, --interests <fil>, --format markdown|csv|json)
  export <typ> <fil|preset> Öppna data: 360giving, popolo eller csv (--prefix 360G-…)

Flaggor:
  --locale sv|en            Språk (svenska är förval)
  --today ÅÅÅÅ-MM-DD        Dagen som värdskap, status och tidsregler gäller (förval: i dag)
  --format …                Utdatans form (validate: human|json; report: markdown|csv|json)
  --agreement <fil|preset>  Överenskommelsen som match använder för namn (förval: malmo)
  --help                    Visa den här hjälpen
  --version                 Visa versionen

Exempel:
  samverkan show malmo
  samverkan show agreement.json --locale en
  samverkan validate agreement.json --today 2019-05-13

Slutkoder: 0 klart, 1 överenskommelsen har fel, 2 filen kunde inte läsas eller fel användning.
`;

const USAGE_EN = `Usage: samverkan <command> [options]

Commands:
  preset malmo              Print the Malmöandan agreement as JSON
  schema                    Print the JSON Schema of an agreement.json
  show <file|preset|->      Print a summary of an agreement
  validate <file|preset|->  Check an agreement against the schema and the rules
  match <interests.json>    Propose collaborations between interests (--for <id>, --limit N)
  report <file|preset>      Yearly follow-up (--year YYYY, --interests <file>, --format markdown|csv|json)
  export <kind> <file|preset>  Open data: 360giving, popolo or csv (--prefix 360G-…)

Options:
  --locale sv|en            Language (Swedish by default)
  --today YYYY-MM-DD        The day hosting, status and time rules apply to (default: today)
  --format …                The output's form (validate: human|json; report: markdown|csv|json)
  --agreement <file|preset> The agreement match takes names from (default: malmo)
  --help                    Show this help
  --version                 Show the version

Examples:
  samverkan show malmo
  samverkan show agreement.json --locale en
  samverkan validate agreement.json --today 2019-05-13

Exit codes: 0 done, 1 the agreement has errors, 2 unreadable input or wrong usage.
`;

export const CLI_TEXT: Record<'sv' | 'en', CliText> = {
  sv: {
    usage: USAGE_SV,
    unknownCommand: (cmd) => `Kommandot ”${cmd}” finns inte. Skriv samverkan --help för att se kommandona.`,
    unknownPreset: (name, known) => `Det finns ingen förinställning ”${name}”. Välj en av: ${known.join(', ')}.`,
    missingArgument: (what) => `Ange ${what}. Skriv samverkan --help för exempel.`,
    unknownOption: (opt) => `Flaggan ”${opt}” finns inte. Skriv samverkan --help för att se flaggorna.`,
    badLocale: (v) => `Språket ”${v}” finns inte. Välj sv eller en.`,
    badDate: (v) => `”${v}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-05-13.`,
    badFormat: (v, options) => `Formatet ”${v}” finns inte. Välj ${options.join(' eller ')}.`,
    missingValue: (o) => `Flaggan ${o} behöver ett värde, till exempel ${o} ${o === '--year' ? '2019' : o === '--limit' ? '5' : '…'}.`,
    badNumber: (o, v) => `${o} ska vara ett heltal, inte ”${v}”.`,
    unknownInterest: (id) => `Det finns ingen intresseanmälan med id ”${id}”. Kontrollera id:t i filen.`,
    invalidInterests: (file, n) => `${n} intresseanmälningar i ${file} kunde inte läsas och är utelämnade:`,
    unknownExport: (k) => `Exporten ”${k}” finns inte. Välj 360giving, popolo eller csv.`,
    matchHeading: (name) => `Förslag för ${name}:`,
    noMatches: 'Inga förslag över tröskeln.',
    unreadable: (file, reason) => `Det gick inte att läsa ${file}: ${reason}. Kontrollera sökvägen och att filen finns.`,
    invalidAgreement: (file, n) =>
      `${file} är ingen giltig överenskommelse: ${n} fel att rätta.`,
    validate: {
      heading: (name, today) => `${name}, kontrollerad för ${today}`,
      counts: (c) => `${c.error} fel · ${c.warning} ${c.warning === 1 ? 'varning' : 'varningar'} · ${c.info} ${c.info === 1 ? 'notering' : 'noteringar'}`,
      clean: 'Inga anmärkningar.',
      root: '(roten)',
      group: { error: 'Fel', warning: 'Varningar', info: 'Noteringar' },
    },
    summary: {
      municipalityCode: 'kommunkod',
      adopted: 'antagen',
      status: {
        draft: 'utkast',
        active: (since) => (since ? `gäller sedan ${since}` : 'gäller'),
        terminated: (date, reason) => `avslutad ${date}: ${reason}`,
      },
      parties: 'Parter',
      sides: { municipality: 'kommunen', sector: 'idéburen sektor' },
      vision: 'Vision',
      aims: 'Syften',
      principles: 'Principer',
      plan: 'Samarbetsplan',
      noPlan: 'Ingen gällande samarbetsplan',
      areas: 'Prioriterade områden',
      phase: 'Fas',
      hostSector: 'Värd, idéburen sektor',
      hostMunicipality: 'Värd, förvaltning',
      vacant: 'vakant',
      coordinators: 'Samordnare',
      attachedTo: 'knuten till',
      notStated: 'anges inte',
      workingGroup: 'Arbetsgrupp',
      members: (n) => `${n} ${n === 1 ? 'medlem' : 'medlemmar'}`,
      roles: { coordinator: 'samordnare', host: 'värdar', 'co-opted': 'adjungerade' },
      departments: 'Förvaltningar',
      organisations: 'Organisationer',
      signatories: (year, n) => `Avsiktsförklaringen ${year}: ${n} undertecknare`,
      grantCategories: 'Stöd- och bidragsformer',
      collaborationForms: 'Samverkansformer',
      collaborations: 'Exempel på samverkan',
      glossary: 'Begrepp',
    },
  },
  en: {
    usage: USAGE_EN,
    unknownCommand: (cmd) => `There is no command "${cmd}". Run samverkan --help to see the commands.`,
    unknownPreset: (name, known) => `There is no preset "${name}". Choose one of: ${known.join(', ')}.`,
    missingArgument: (what) => `Give ${what}. Run samverkan --help for examples.`,
    unknownOption: (opt) => `There is no option "${opt}". Run samverkan --help to see the options.`,
    badLocale: (v) => `There is no language "${v}". Choose sv or en.`,
    badDate: (v) => `"${v}" is not a date. Write the date as YYYY-MM-DD, for example 2019-05-13.`,
    badFormat: (v, options) => `There is no format "${v}". Choose ${options.join(' or ')}.`,
    missingValue: (o) => `The option ${o} needs a value, for example ${o} ${o === '--year' ? '2019' : o === '--limit' ? '5' : '…'}.`,
    badNumber: (o, v) => `${o} must be a whole number, not "${v}".`,
    unknownInterest: (id) => `There is no interest with the id "${id}". Check the id in the file.`,
    invalidInterests: (file, n) => `${n} interests in ${file} could not be read and are left out:`,
    unknownExport: (k) => `There is no export "${k}". Choose 360giving, popolo or csv.`,
    matchHeading: (name) => `Proposals for ${name}:`,
    noMatches: 'No proposals above the threshold.',
    unreadable: (file, reason) => `Could not read ${file}: ${reason}. Check the path and that the file exists.`,
    invalidAgreement: (file, n) => `${file} is not a valid agreement: ${n} ${n === 1 ? 'error' : 'errors'} to correct.`,
    validate: {
      heading: (name, today) => `${name}, checked for ${today}`,
      counts: (c) => `${c.error} ${c.error === 1 ? 'error' : 'errors'} · ${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'} · ${c.info} ${c.info === 1 ? 'note' : 'notes'}`,
      clean: 'Nothing to report.',
      root: '(root)',
      group: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
    },
    summary: {
      municipalityCode: 'municipality code',
      adopted: 'adopted',
      status: {
        draft: 'draft',
        active: (since) => (since ? `in force since ${since}` : 'in force'),
        terminated: (date, reason) => `terminated ${date}: ${reason}`,
      },
      parties: 'Parties',
      sides: { municipality: 'municipality', sector: 'idéburen sektor' },
      vision: 'Vision',
      aims: 'Aims',
      principles: 'Principles',
      plan: 'Cooperation plan',
      noPlan: 'No cooperation plan in force',
      areas: 'Priority areas',
      phase: 'Phase',
      hostSector: 'Host, idéburen sektor',
      hostMunicipality: 'Host, department',
      vacant: 'vacant',
      coordinators: 'Coordinators',
      attachedTo: 'tied to',
      notStated: 'not stated',
      workingGroup: 'Working group',
      members: (n) => `${n} ${n === 1 ? 'member' : 'members'}`,
      roles: { coordinator: 'coordinators', host: 'hosts', 'co-opted': 'co-opted members' },
      departments: 'Departments',
      organisations: 'Organisations',
      signatories: (year, n) => `Declaration of intent ${year}: ${n} signatories`,
      grantCategories: 'Grant and support categories',
      collaborationForms: 'Forms of collaboration',
      collaborations: 'Examples of collaboration',
      glossary: 'Terms',
    },
  },
};
