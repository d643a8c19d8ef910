import type { Collaboration } from '../../collaboration/collaboration.js';
import type { Organisation } from '../../organisation/organisation.js';

// Idéburna partners that seed 004 names in its examples and that are not among the signatories.
// Only what the seed says is recorded: the name, and the kind where the name states it.
export const EXAMPLE_ORGANISATIONS: Organisation[] = [
  // A studieförbund is a metaorganisation (seed 000); its members are not in the sources.
  { id: 'sensus', name: 'Sensus', kind: 'study-association', metaorganisation: { members: [] } },
  { id: 'individuell-manniskohjalp', name: 'Individuell Människohjälp (IM)', kind: 'idea-based' },
  { id: 'hela-malmo', name: 'Hela Malmö', kind: 'association' },
  { id: 'rsmh', name: 'Riksförbundet för Social och Mental Hälsa (RSMH)', kind: 'idea-based' },
  { id: 'tjejer-i-forening', name: 'Tjejer i Förening', kind: 'association' },
];

// "Exempel på samverkan som innehåller ett aktivt deltagande i dialog och utveckling" (seed 004).
export const COLLABORATIONS: Collaboration[] = [
  {
    id: 'kunskapsallianser-amiralsstaden',
    name: { sv: 'Amiralsstadens arbete med kunskapsallianser', en: "Amiralsstaden's knowledge alliances" },
    description: {
      sv: 'Kunskapsallianser ger beslutsfattare och experter tillgång till samhällsbaserad kunskap. Idéburna aktörer bidrar med nätverk och kunskap om lokalsamhället och hjälper till att rekrytera malmöbor.',
      en: 'Knowledge alliances give decision-makers and experts access to community knowledge. Idéburna actors bring their networks and local knowledge and help recruit residents.',
    },
    forms: ['dialog-och-samrad', 'verksamhet-och-projekt'],
    partners: [
      { kind: 'department', ref: 'miljoforvaltningen' },
      { kind: 'other', name: 'Idéburna aktörer i lokalsamhället', sector: 'civil-society' },
    ],
  },
  {
    id: 'forward-malmo',
    name: { sv: 'Forward Malmö' },
    description: {
      sv: 'En tvärsektoriell samverkansprocess för hållbar utveckling med idéburen, privat och offentlig sektor samt akademi, initierad av Rädda Barnen. Inom den anordnas 2019 ledarskapsprogrammet Malmöakademin, administrerat av Sensus.',
      en: 'A cross-sector process for sustainable development with the idéburen, private and public sectors and academia, initiated by Rädda Barnen. In 2019 it runs the leadership programme Malmöakademin, administered by Sensus.',
    },
    forms: ['verksamhet-och-projekt'],
    partners: [
      { kind: 'organisation', ref: 'radda-barnen-region-syd' },
      { kind: 'organisation', ref: 'sensus' },
      { kind: 'other', name: 'Privat sektor', sector: 'private' },
      { kind: 'other', name: 'Akademi', sector: 'academia' },
    ],
  },
  {
    id: 'framtidens-hus',
    name: { sv: 'Framtidens Hus' },
    description: {
      sv: 'En plattform för sektorsövergripande samverkan på Lindängen. Samverkan är relationsbunden och informell och genomförs mycket utan avtal. Ur den växte Världens bästa arbetsmarknad, startad 2017 av ungdomar på Lindängen.',
      en: 'A platform for cross-sector collaboration in Lindängen. It rests on relationships, is informal and largely works without agreements. It gave rise to Världens bästa arbetsmarknad, started in 2017 by young people in Lindängen.',
    },
    forms: ['verksamhet-och-projekt'],
    partners: [
      { kind: 'department', ref: 'arbetsmarknads-och-socialforvaltningen' },
      { kind: 'department', ref: 'kulturforvaltningen' },
      { kind: 'department', ref: 'fritidsforvaltningen' },
      { kind: 'other', name: 'Röda korset', sector: 'civil-society' },
      { kind: 'other', name: 'Folkuniversitetet', sector: 'civil-society' },
      { kind: 'other', name: 'Nätverk av boende på Lindängen', sector: 'residents' },
      { kind: 'other', name: 'Lokala fastighetsägare', sector: 'private' },
      { kind: 'other', name: 'Malmö universitet', sector: 'academia' },
    ],
    districts: ['lindangen'],
    targetGroups: ['unga'],
    formality: 'informal',
    basis: 'none',
  },
  {
    id: 'kraftsamling-herrgarden',
    name: { sv: 'Kraftsamling Herrgården' },
    description: {
      sv: 'En kunskapsallians för hållbar utveckling av stadsdelen Herrgården, initierad 2013 av Rädda Barnen, IM och Malmö stad. I varje processgrupp finns en representant från en förvaltning och en från en ideell organisation; Rädda Barnen samordnar.',
      en: 'A knowledge alliance for the sustainable development of Herrgården, started in 2013 by Rädda Barnen, IM and Malmö stad. Each process group has one member from a department and one from a non-profit; Rädda Barnen coordinates.',
    },
    forms: ['verksamhet-och-projekt', 'dialog-och-samrad'],
    partners: [
      { kind: 'organisation', ref: 'radda-barnen-region-syd' },
      { kind: 'organisation', ref: 'individuell-manniskohjalp' },
      { kind: 'department', ref: 'arbetsmarknads-och-socialforvaltningen' },
      { kind: 'department', ref: 'kulturforvaltningen' },
      { kind: 'other', name: 'Malmö universitet', sector: 'academia' },
      { kind: 'other', name: 'Victoria Park', sector: 'private' },
      { kind: 'other', name: 'MKB Fastighets AB', sector: 'private' },
      { kind: 'other', name: 'Contentus', sector: 'private' },
    ],
    districts: ['herrgarden', 'rosengard'],
    since: 2013,
  },
  {
    id: 'folkets-park-besoksanlaggningar',
    name: { sv: 'Folkets park och besöksanläggningar', en: 'Folkets park and visitor venues' },
    description: {
      sv: 'Fastighets- och gatukontoret samverkar med föreningar och lösa nätverk kring Folkets park, Beijers park och Norra Grängesbergsgatan, med inslag av dialog, stöd och samverkan kring arrangemang som Festival Latino och Afrikanska Kulturfestivalen.',
      en: 'The City Properties and Streets Office works with associations and loose networks around Folkets park, Beijers park and Norra Grängesbergsgatan, through dialogue, support and joint events such as Festival Latino and the African Culture Festival.',
    },
    forms: ['stod-och-bidrag', 'dialog-och-samrad', 'verksamhet-och-projekt'],
    partners: [
      { kind: 'department', ref: 'fastighets-och-gatukontoret' },
      { kind: 'other', name: 'Föreningar och lösa nätverk', sector: 'civil-society' },
    ],
    targetGroups: ['barnfamiljer'],
  },
  {
    id: 'mitt-malmo',
    name: { sv: 'Mitt Malmö' },
    description: {
      sv: 'Norra Sorgenfri Gymnasium och föreningen Hela Malmö, samlokaliserade i skolans lokaler, erbjuder elever på språkintroduktion en aktiv fritid, sammanhang och en väg in i samhället.',
      en: 'Norra Sorgenfri Gymnasium and the association Hela Malmö, sharing the school\'s premises, offer pupils in language introduction an active leisure time, belonging and a way into society.',
    },
    forms: ['verksamhet-och-projekt'],
    partners: [
      { kind: 'department', ref: 'gymnasie-och-vuxenutbildningsforvaltningen' },
      { kind: 'organisation', ref: 'hela-malmo' },
    ],
    targetGroups: ['unga', 'nyanlanda'],
  },
  {
    id: 'returen',
    name: { sv: 'ReTuren' },
    description: {
      sv: 'Ett samarbete mellan Kulturförvaltningen, SYSAV, VA SYD och RSMH på Lindängen. Samverkan är i huvudsak informell och bedrivs utan avtal genom nätverk.',
      en: 'A collaboration of the Culture Department, SYSAV, VA SYD and RSMH in Lindängen. It is mainly informal and runs without agreements, through networks.',
    },
    forms: ['verksamhet-och-projekt'],
    partners: [
      { kind: 'department', ref: 'kulturforvaltningen' },
      { kind: 'organisation', ref: 'rsmh' },
      { kind: 'other', name: 'Sydskånes avfallsaktiebolag (SYSAV)', sector: 'public' },
      { kind: 'other', name: 'VA SYD', sector: 'public' },
      { kind: 'other', name: 'Nätverk av boende på Lindängen', sector: 'residents' },
    ],
    districts: ['lindangen'],
    formality: 'informal',
    basis: 'none',
  },
  {
    id: 'krut',
    name: { sv: 'KRUT' },
    description: {
      sv: 'Stadsbibliotekets verksamhet för barn och ungdomar 14–30 år, fylld av ungdomar själva och organisationer som låter unga ta plats. Formen togs fram i en medskapande designprocess med Tjejer i Förening och White arkitekter.',
      en: "The city library's space for young people aged 14–30, filled by young people themselves and by organisations that make room for them. It was designed in a co-creative process with Tjejer i Förening and White arkitekter.",
    },
    forms: ['verksamhet-och-projekt'],
    partners: [
      { kind: 'department', ref: 'kulturforvaltningen' },
      { kind: 'organisation', ref: 'tjejer-i-forening' },
      { kind: 'other', name: 'White arkitekter', sector: 'private' },
      { kind: 'other', name: 'Ungdomars föreningar och nätverk', sector: 'civil-society' },
    ],
    targetGroups: ['unga'],
    ages: { min: 14, max: 30 },
    formality: 'informal',
  },
  {
    id: 'rorelsernas-museum',
    name: { sv: 'Rörelsernas museum' },
    description: {
      sv: 'Ett blivande nationellt demokrati- och migrationsmuseum i Malmö som byggs fram i bred dialog med civilsamhälle, museisektorn och akademien; från 2019 i en tillfällig workshoplokal på Bergsgatan 20.',
      en: 'A future national museum of democracy and migration in Malmö, built in broad dialogue with civil society, the museum sector and academia; from 2019 in a temporary workshop space at Bergsgatan 20.',
    },
    forms: ['dialog-och-samrad', 'verksamhet-och-projekt'],
    partners: [
      { kind: 'other', name: 'Civilsamhället', sector: 'civil-society' },
      { kind: 'other', name: 'Akademien', sector: 'academia' },
    ],
  },
  {
    id: 'allaktivitetshusen',
    name: { sv: 'Allaktivitetshusen' },
    description: {
      sv: 'Kostnadsfria aktiviteter i skolornas lokaler på Lindängeskolan, Apelgårdsskolan och Hermodsdalsskolan, drivna av Kulturförvaltningen i nära samarbete med grundskoleförvaltningen; stöttar malmöbor att organisera sig och ibland bilda föreningar.',
      en: 'Free activities in the premises of Lindängeskolan, Apelgårdsskolan and Hermodsdalsskolan, run by the Culture Department with the Compulsory School Department; helps residents organise and sometimes form associations.',
    },
    forms: ['verksamhet-och-projekt'],
    partners: [
      { kind: 'department', ref: 'kulturforvaltningen' },
      { kind: 'department', ref: 'grundskoleforvaltningen' },
    ],
    districts: ['lindangen', 'apelgarden', 'hermodsdal'],
    targetGroups: ['barn-och-unga'],
    ages: { max: 25 },
    formality: 'informal',
  },
  {
    id: 'arena-305',
    name: { sv: 'Arena 305' },
    description: {
      sv: 'En arena för arrangemang och event för fria kulturaktörer i åldrarna 15–25, där innehållet skapas för, av och med ungdomar.',
      en: 'A venue for events by independent culture makers aged 15–25, where the content is made for, by and with young people.',
    },
    forms: ['verksamhet-och-projekt'],
    partners: [{ kind: 'department', ref: 'kulturforvaltningen' }],
    targetGroups: ['unga'],
    ages: { min: 15, max: 25 },
    formality: 'informal',
  },
  {
    id: 'communities-that-care',
    name: { sv: 'Communities That Care (CTC)' },
    description: {
      sv: 'Ett styrsystem för långsiktigt socialt preventionsarbete där skola, socialtjänst, polis, idéburen sektor, boende och näringsliv tar fram gemensamma målbilder; först i fem lokala områden.',
      en: 'A system for long-term social prevention in which schools, social services, police, the idéburen sektor, residents and businesses set shared goals; first in five local areas.',
    },
    forms: ['verksamhet-och-projekt', 'dialog-och-samrad'],
    partners: [
      { kind: 'department', ref: 'grundskoleforvaltningen' },
      { kind: 'department', ref: 'arbetsmarknads-och-socialforvaltningen' },
      { kind: 'other', name: 'Polisen', sector: 'public' },
      { kind: 'other', name: 'Idéburen sektor i närområdet', sector: 'civil-society' },
      { kind: 'other', name: 'Boende', sector: 'residents' },
      { kind: 'other', name: 'Näringsliv', sector: 'private' },
    ],
    targetGroups: ['barn-och-unga'],
  },
];
