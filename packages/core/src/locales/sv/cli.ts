import type { CliText } from '../types.js';

const USAGE = `Användning: samverkan <kommando> [flaggor]

Kommandon:
  preset malmo              Skriv ut Överenskommelse Malmöandan som JSON
  schema                    Skriv ut JSON Schema för en agreement.json
  show <fil|preset|->       Skriv ut en sammanfattning av en överenskommelse
  validate <fil|preset|->   Kontrollera en överenskommelse mot schemat och reglerna
  match <intressen.json>    Föreslå samverkan mellan intresseanmälningar (--for <id>, --limit N)
  report <fil|preset>       Årlig uppföljning (--year ÅÅÅÅ, --interests <fil>, --format markdown|csv|json)
  export <typ> <fil|preset> Öppna data: 360giving, popolo, csv eller iop (--prefix 360G-…)
  iop <fil|preset>          Lista överenskommelsens idéburna offentliga partnerskap (--format human|json)
  migrate <fil|->           Skriv ut en agreement.json från 0.1 i dagens format
  rules                     Lista alla regler: vad de kontrollerar, allvarlighet, parametrar, källa
  render <fil|preset>       HTML som fungerar utan JavaScript: --element area-list|principles|match-form|all,
                            --layout cards|list, --heading-level 1–6, --src <adress>, --stylesheet <adress>|none,
                            --action, --privacy-href, --form-href <adress>

Flaggor:
  --locale <språk>          Språk: sv, en, ar, so, sv-x-lattlast (svenska är förval)
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

/**
 * Svenska: the command line's own words.
 *
 * @example
 * ```ts
 * import { cli } from '@samverkan/core/locales/sv/cli';
 * console.log(cli.usage);
 * ```
 */
export const cli: CliText = {
  usage: USAGE,
  unknownCommand: (cmd) => `Kommandot ”${cmd}” finns inte. Skriv samverkan --help för att se kommandona.`,
  unknownPreset: (name, known) => `Det finns ingen förinställning ”${name}”. Välj en av: ${known.join(', ')}.`,
  missingArgument: (what) => `Ange ${what}. Skriv samverkan --help för exempel.`,
  argument: {
    preset: 'vilken förinställning, till exempel malmo',
    target: 'en fil eller förinställning, till exempel malmo',
    validateTarget: 'en fil, - eller en förinställning, till exempel agreement.json',
    interests: 'en fil med intresseanmälningar, till exempel intressen.json',
    migrateTarget: 'en fil eller -, till exempel agreement.json',
  },
  fileError: {
    missing: 'filen finns inte',
    folder: 'det är en mapp',
    notRegular: 'det är ingen vanlig fil (en namngiven pipe eller en enhet)',
    denied: 'behörighet saknas',
  },
  unknownOption: (opt) => `Flaggan ”${opt}” finns inte. Skriv samverkan --help för att se flaggorna.`,
  badLocale: (v, known) => `Språket ”${v}” finns inte. Välj ett av ${known.join(', ')}.`,
  badDate: (v) => `”${v}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-05-13.`,
  badFormat: (v, options) => `Formatet ”${v}” finns inte. Välj ${options.join(' eller ')}.`,
  missingValue: (o) => `Flaggan ${o} behöver ett värde, till exempel ${o} ${o === '--year' ? '2019' : o === '--limit' ? '5' : '…'}.`,
  badNumber: (o, v) => `${o} ska vara ett heltal, inte ”${v}”.`,
  badChoice: (o, v, options) => `${o} kan inte vara ”${v}”. Välj ${options}.`,
  renderNeedsSrc: (target) =>
    `Ange med --src adressen där ${target} ligger på webbplatsen, till exempel --src /data/agreement.json, så att elementen visar samma överenskommelse när deras skript laddas.`,
  unknownInterest: (id) => `Det finns ingen intresseanmälan med id ”${id}”. Kontrollera id:t i filen.`,
  invalidInterests: (file, n) => `${n} intresseanmälningar i ${file} kunde inte läsas och är utelämnade:`,
  unknownExport: (k) => `Exporten ”${k}” finns inte. Välj 360giving, popolo, csv eller iop.`,
  matchHeading: (name) => `Förslag för ${name}:`,
  noMatches: 'Inga förslag över tröskeln.',
  unreadable: (file, reason) => `Det gick inte att läsa ${file}: ${reason}. Kontrollera sökvägen och att filen finns.`,
  invalidAgreement: (file, n) =>
    `${file} är ingen giltig överenskommelse: ${n} fel att rätta.`,
  rule: 'regel',
  iop: {
    heading: (name, n) => `${name}: ${n} ${n === 1 ? 'idéburet offentligt partnerskap' : 'idéburna offentliga partnerskap'} (IOP)`,
    parties: 'Parter',
    period: 'Period',
    written: 'Skriftlig överenskommelse',
    decision: 'beslut',
    yes: 'ja',
    missing: 'saknas',
    contributions: (money, inKind) => `Insatser: ${money.toLocaleString('sv-SE')} kr i pengar${inKind ? `, ${inKind} i annan form` : ''}`,
    nextEvaluation: 'Nästa utvärdering',
    criteria: (met, assessed) => `SKR:s kriterier: ${met} av ${assessed} bedömda uppfyllda`,
  },
  migrated: (change, count) =>
    change === 'signatories-to-joined'
      ? `Avsiktsförklaringens ${count ?? 0} ”signatories” flyttades till anslutningsregistret ”joined”.`
      : 'Filen har nu ”formatVersion”: ”0.2”.',
  rules: {
    heading: (n) => `${n} regler. Var och en kan stängas av eller ges annan allvarlighet under ”rules” i agreement.json.`,
    severity: { error: 'fel', warning: 'varning', info: 'notering' },
    param: (name, min, max, def) => `Parameter ${name}: ${min}–${max}${def !== undefined ? `, förval ${def}` : ''}`,
    source: 'Källa',
    howToTune: 'Exempel: "rules": { "hosting-seats": { "enabled": false }, "area-time-frame": { "params": { "years": 5 } } }',
  },
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
    sides: { municipality: 'kommunen', region: 'regionen', sector: 'idéburen sektor' },
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
    countyCode: 'länskod',
    asOf: (date) => `uppgifterna gäller per ${date}`,
    joined: (n) => `Anslutna organisationer: ${n}`,
    declaration: (year, n) => `Avsiktsförklaringen ${year}: ${n} organisationer medverkade eller anslöt sig`,
    iops: (n) => `Idéburna offentliga partnerskap (IOP): ${n}`,
    organising: 'Arbetsformer',
    ways: {
      hosting: 'värdskap',
      coordinators: 'samordnare',
      'working-group': 'arbetsgrupp',
      forums: 'forum för dialog',
      secretariat: 'sekretariat',
      conference: 'konferens',
    },
    forum: (name, members, meetings) => `  • ${name}: ${members} ${members === 1 ? 'ledamot' : 'ledamöter'}, ${meetings} ${meetings === 1 ? 'möte' : 'möten'}`,
    secretariat: (by) => `  • Sekretariat: ${by}`,
    conference: (name, every) => `  • ${name}${every === 1 ? ', varje år' : `, vart ${every}:e år`}`,
    history: 'Senare händelser',
    grantCategories: 'Stöd- och bidragsformer',
    collaborationForms: 'Samverkansformer',
    collaborations: 'Exempel på samverkan',
    glossary: 'Begrepp',
  },
};
