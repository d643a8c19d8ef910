import type { LoadDetails, UiText } from '../types.js';

// Lättläst svenska, enligt Myndigheten för tillgängliga mediers skrivråd för lättläst samhällsinformation
// (https://www.mtm.se/vagledning-och-lektioner/att-skriva-lattlast/sa-skriver-du-lattlast-samhallsinformation/):
// det viktigaste först, korta meningar, vanliga ord, en sak i varje mening, läsaren tilltalas direkt
// och svåra ord förklaras.

const page: UiText['page'] = {
  loading: 'Vi hämtar överenskommelsen …',
  loadFailed: (src: string) => `Vi kunde inte hämta överenskommelsen. Adressen är ${src}. Försök igen.`,
  retry: 'Försök igen',
  unavailableRetry: 'Vi kan inte visa överenskommelsen just nu. Försök igen om en stund.',
  unavailable: 'Vi kan inte visa överenskommelsen just nu. Felet är hos webbplatsen. Det är inte ditt fel.',
  principles: 'Så här ska vi arbeta tillsammans',
  noPrinciples: 'Det finns inga regler för hur vi ska arbeta tillsammans.',
};

const loadErrors: UiText['loadErrors'] = {
  network: ({ src }: LoadDetails) => `Vi kunde inte hämta överenskommelsen. Adressen är ${src}. Kontrollera adressen. Kontrollera att du har internet. Försök sedan igen.`,
  timeout: ({ src }: LoadDetails) => `Det tog för lång tid att hämta överenskommelsen. Adressen är ${src}. Vänta en stund. Försök sedan igen.`,
  http: ({ src, status }: LoadDetails) => `Vi kunde inte hämta överenskommelsen. Adressen är ${src}. Svaret var ${status ?? '?'}. Kontrollera att adressen är rätt.`,
  'content-type': ({ src }: LoadDetails) => `Filen har fel sort. Adressen är ${src}. Filen ska vara JSON. Använd en agreement.json.`,
  'too-large': ({ src }: LoadDetails) => `Filen är för stor. Adressen är ${src}. Kontrollera adressen.`,
  'not-json': ({ src }: LoadDetails) => `Filen har fel i sig. Adressen är ${src}. Rätta filen. Du kan använda npx -p @samverkan/core samverkan validate.`,
  invalid: ({ src, count, path }: LoadDetails) =>
    `Filen är ingen riktig överenskommelse. Adressen är ${src}. Den har ${count ?? 1} fel.${path ? ` Det första felet finns vid ${path}.` : ''} Kontrollera filen med npx -p @samverkan/core samverkan validate.`,
};

const areaList: UiText['areaList'] = {
  areas: 'Det här arbetar vi med först',
  noAreas: 'Det finns inga områden i planen än.',
  noMatch: 'Inga områden passar det du valt.',
  showAll: 'Visa alla områden',
  targetGroup: 'Vem det är för',
  district: 'Del av staden',
  all: 'Alla',
  phase: 'Hur långt arbetet har kommit',
  phaseOf: (n: number, total: number) => `steg ${n} av ${total}`,
  started: 'Började',
  timeFrame: (years: number) => `ska pågå ungefär ${years} år`,
  hostSector: 'Ansvarig förening eller organisation',
  hostMunicipality: 'Ansvarig del av kommunen',
  vacant: 'ingen ännu',
  collaborations: 'Det här gör vi tillsammans',
  partners: 'Med',
  ages: (min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `${min} till ${max} år` : min !== undefined ? `${min} år och äldre` : `upp till ${max} år`,
  select: (name: string) => `Välj ${name}`,
  planPeriod: (name: string, start: string, end: string) => `${name}. Från ${start} till ${end}.`,
  filtersLabel: 'Välj vilka områden du vill se',
  shown: (n: number, total: number) => `Du ser ${n} av ${total} områden.`,
  active: (since?: string) => (since ? `Överenskommelsen gäller sedan ${since}.` : 'Överenskommelsen gäller.'),
  draft: 'Överenskommelsen är inte klar än.',
  terminated: (date: string) => `Överenskommelsen slutade gälla ${date}.`,
  asOf: (date: string) => `Uppgifterna gäller ${date}.`,
};

const form: UiText['form'] = {
  heading: 'Vill ni arbeta tillsammans med andra?',
  intro: 'Berätta vad ni vill göra. Då hjälper vi er att hitta någon att arbeta med.',
  optional: '(om ni vill)',
  who: 'Vem är ni?',
  kindOrganisation: 'Vi är en förening eller en annan organisation',
  kindDepartment: 'Vi är en del av kommunen',
  name: 'Vad heter er organisation?',
  organisationNumber: 'Organisationsnummer',
  organisationNumberHint: 'Numret har 10 siffror. Till exempel 802000-0009. Har ni inget nummer? Då skriver ni inget här.',
  legalForm: 'Vilken sorts organisation är ni?',
  choose: 'Välj …',
  department: 'Vilken del av kommunen är ni?',
  what: 'Vad vill ni göra?',
  areas: 'Vad vill ni arbeta med?',
  areasHint: 'Välj minst en sak.',
  targetGroups: 'Vilka vill ni hjälpa?',
  ages: 'Hur gamla är de?',
  ageMin: 'Från',
  ageMax: 'Till',
  years: 'år',
  districts: 'Var i staden?',
  offers: 'Det här kan vi ge',
  seeks: 'Det här behöver vi',
  forms: 'Så här vill vi arbeta tillsammans',
  wantsToHost: 'Vi vill gärna ha ansvar för ett område',
  description: 'Skriv lite om vad ni vill göra',
  contact: 'Vem ska vi prata med?',
  contactHint: 'Vi använder uppgifterna för att kontakta er. Ingen annan får se dem.',
  contactName: 'Namn',
  contactEmail: 'E-post',
  contactPhone: 'Telefon',
  privacy: 'Era uppgifter',
  consent: 'Ni får använda uppgifterna för att hitta någon som vi kan arbeta med',
  privacyLink: 'Läs vad vi gör med era uppgifter',
  listed: 'Ni får visa vår organisation i en lista. Listan visar inte våra kontaktuppgifter.',
  publicRecord:
    'Det ni skickar till kommunen kan andra få läsa. Det kallas allmän handling. Skriv inget som är hemligt eller känsligt.',
  honeypot: 'Skriv inget här',
  submit: 'Skicka',
  submitting: 'Vi skickar …',
  showMatches: 'Visa vilka ni kan arbeta med',
  summary: 'Något behöver rättas',
  errorPrefix: 'Fel:',
  restored: 'Vi har skrivit in det du skrev förut.',
  clear: 'Ta bort allt du skrivit',
  successHeading: 'Tack! Vi har fått det ni skickade.',
  successText: 'Vi läser det ni skrev. Sedan hör vi av oss till er. Ni behöver inte göra något mer nu.',
  handedOver: 'Tack! Det ni skrev är lämnat.',
  another: 'Skicka en gång till',
  offline: 'Det gick inte att skicka. Vi fick ingen kontakt. Det ni skrev finns kvar. Kontrollera att du har internet. Skicka sedan igen.',
  unavailable: 'Det gick inte att skicka just nu. Det ni skrev finns kvar. Vänta en stund. Försök sedan igen.',
  rejected: (status: number) =>
    `Det gick inte att skicka. Svaret var ${status}. Det ni skrev finns kvar. Rätta det som står nedanför. Skicka sedan igen. Eller kontakta kommunen.`,
  tooFast: 'Det gick för fort. Titta på det ni skrivit. Skicka sedan igen.',
  checkFailed: 'Vi kunde inte kontrollera det ni skrev. En del av sidan saknas. Det ni skrev finns kvar. Försök igen.',
  matches: 'De här kan ni arbeta med',
  matchesLoading: 'Vi letar efter någon ni kan arbeta med …',
  matchesNone: 'Vi hittade ingen ännu. Vi kan ändå hjälpa er.',
  matchesFailed: 'Vi kunde inte hämta förslagen just nu.',
  matchesNote: 'Här visar vi aldrig telefon eller e-post. Vill ni kontakta någon? Fråga oss. Då hjälper vi er.',
  score: (percent: string) => `Passar ${percent}`,
  found: (n: number) => (n === 1 ? 'Vi hittade 1 förslag.' : `Vi hittade ${n} förslag.`),
  errorsFound: (n: number) => (n === 1 ? 'Du behöver rätta 1 sak.' : `Du behöver rätta ${n} saker.`),
  areaTicked: (name: string) => `Nu har ni valt ${name} i formuläret.`,
  noScript: 'Formuläret fungerar bara när JavaScript är på i webbläsaren.',
  noScriptLink: 'Anmäl på ett annat sätt',
  legalForms: {
    'non-profit-association': 'Förening som inte tjänar pengar (ideell förening)',
    'economic-association': 'Förening som driver företag (ekonomisk förening)',
    foundation: 'Stiftelse',
    'religious-community': 'Kyrka eller annan religiös grupp (trossamfund)',
    'informal-group': 'Grupp utan organisationsnummer',
    'limited-company': 'Aktiebolag',
    'trading-partnership': 'Handelsbolag',
  },
};

const check: UiText['check'] = {
  kind: 'Välj om ni är en organisation eller en del av kommunen',
  name: 'Skriv namnet på er organisation',
  organisationNumber: 'Titta på organisationsnumret',
  'orgnr-format': 'Numret ska ha 10 siffror. Till exempel 802000-0009',
  'orgnr-personnummer': 'Det här är ett personnummer. Skriv organisationens nummer. Eller skriv inget',
  'orgnr-group': 'Det här är inget organisationsnummer. Den första siffran är fel',
  'orgnr-checksum': 'Någon siffra i numret är fel. Titta på numret igen',
  'orgnr-legal-form': 'Numret passar inte med sorten av organisation. Titta på numret. Eller titta på vilken sort ni valt',
  legalForm: 'Välj vilken sorts organisation ni är',
  department: 'Välj vilken del av kommunen ni är',
  areas: 'Välj minst en sak som ni vill arbeta med',
  targetGroups: 'Välj i listan vilka ni vill hjälpa',
  ageMin: 'Skriv den lägsta åldern. Till exempel 13',
  ageMax: 'Skriv den högsta åldern. Till exempel 19',
  ageOrder: 'Den högsta åldern är lägre än den lägsta. Rätta en av dem',
  districts: 'Välj en del av staden i listan',
  offers: 'Välj i listan vad ni kan ge',
  seeks: 'Välj i listan vad ni behöver',
  forms: 'Välj i listan hur ni vill arbeta',
  wantsToHost: 'Kryssa i rutan om ni vill ha ansvar för ett område',
  description: 'Titta på det ni skrev om vad ni vill göra',
  contactName: 'Skriv namnet på den vi ska prata med',
  contactEmail: 'Skriv e-postadressen till den vi ska prata med',
  emailFormat: 'E-postadressen ser fel ut. Den ska se ut så här: namn@exempel.se',
  contactPhone: 'Telefonnumret ska ha 6 till 20 siffror. Till exempel 040-34 10 00',
  consent: 'Kryssa i rutan om att vi får använda uppgifterna. Annars kan ni inte skicka',
  listed: 'Kryssa i rutan om ni vill synas i listan',
};

/**
 * Lättläst svenska: the web components' words in easy-to-read Swedish (tag `sv-x-lattlast`). Not yet
 * reviewed by a lättläst editor or a test reader: see docs/translations.md.
 *
 * @example
 * ```ts
 * import { ui } from '@samverkan/core/locales/sv-x-lattlast/ui';
 * ui.page.retry; // 'Försök igen'
 * ```
 */
export const ui: UiText = { page, loadErrors, areaList, form, check };
