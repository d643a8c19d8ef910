import type { Agreement, Responsibilities } from '../../agreement/agreement.js';
import { ACTIONS } from './actions.js';
import { AREAS } from './areas.js';
import { COLLABORATIONS, EXAMPLE_ORGANISATIONS } from './collaborations.js';
import { DEPARTMENTS } from './departments.js';
import { COLLABORATION_FORMS } from './forms.js';
import { GLOSSARY } from './glossary.js';
import { PRINCIPLES } from './principles.js';
import { GRANT_CATEGORIES, GRANT_TOTALS } from './grants.js';
import { signatoryOrganisations } from './signatories.js';
import { DISTRICTS, TARGET_GROUPS } from './vocabulary.js';

const signatories = signatoryOrganisations();

// Seed 003, "Ansvar".
const RESPONSIBILITIES: Responsibilities = {
    joint: [
      { sv: 'Samarbetsplanen.', en: 'The cooperation plan.' },
      {
        sv: 'Att arbetet organiseras, genomförs och följs upp enligt samarbetsplanen.',
        en: 'That the work is organised, carried out and followed up according to the plan.',
      },
      {
        sv: 'Att andra berörda aktiva medborgare och aktörer känner till överenskommelsen och samarbetsplanen.',
        en: 'That other active citizens and actors concerned know about the agreement and the plan.',
      },
      { sv: 'Att samverkan sker i enlighet med överenskommelsens principer.', en: "That collaboration follows the agreement's principles." },
    ],
    municipality: [
      {
        sv: 'Att göra en årlig rapportering/uppföljning av samverkan mellan Malmö stad och idéburen sektor i Malmö.',
        en: 'A yearly report and follow-up of the collaboration between Malmö stad and the idéburen sektor.',
      },
      {
        sv: 'Att sprida information om samarbetsplanen inom den kommunala organisationen.',
        en: 'Spreading information about the plan within the municipal organisation.',
      },
    ],
    sector: [
      {
        sv: 'Att efter behov bidra till en årlig rapportering/uppföljning av samverkan.',
        en: 'Contributing to the yearly report and follow-up as needed.',
      },
      {
        sv: 'Att sprida information om samarbetsplanen till aktörer inom den idéburna sektorn.',
        en: 'Spreading information about the plan to actors in the idéburen sektor.',
      },
    ],
  };

/**
 * Överenskommelse Malmöandan: the agreement between Malmö stad and the idéburen sektor i Malmö,
 * adopted 2017-06-14 (STK-2017-1039), with its Samarbetsplan 2018–2022, as the sources state it as of
 * 2019-05-13 (`asOf`). What is inferred rather than stated is marked (`inferred`, `certainty`); the later
 * history — the samarbetsplan 2021–2026 and the kommunstyrelse's decision of 2024-03-06 to wind
 * Malmöandan down in its current form — is under `history`, with its public source.
 * The data is checked by the same schema any kommun's agreement is (`defineAgreement`) in the tests.
 *
 * Where the sources say nothing — who hosts each area, which metaorganisation the sector's coordinator
 * is tied to, the members of MIP and MISO — the preset leaves it out rather than inventing it.
 *
 * @example
 * ```ts
 * import { malmo } from '@samverkan/core/presets/malmo';
 * import { getCurrentPlan, localize } from '@samverkan/core';
 *
 * getCurrentPlan(malmo)?.areas.map((a) => localize(a.name, 'en'));
 * // ["Young people's health and lifestyle", 'Equal leisure and culture', …]
 * ```
 */
export const malmo: Agreement = {
  id: 'malmoandan',
  name: { sv: 'Överenskommelse Malmöandan', en: 'The Malmöandan Agreement' },
  municipality: {
    name: 'Malmö stad',
    code: '1280',
    organisationNumber: '212000-1124',
    // Seed 004: kommunstyrelsens anslag are "prepared by stadskontoret", the board's own office.
    executiveBoard: { id: 'kommunstyrelsen', name: { sv: 'Kommunstyrelsen', en: 'Municipal Executive Board' }, office: 'stadskontoret' },
  },
  parties: [
    { id: 'malmo-stad', name: 'Malmö stad', side: 'municipality' },
    { id: 'ideburen-sektor-i-malmo', name: 'Idéburen sektor i Malmö', side: 'sector' },
  ],
  // Seed 003: "Överenskommelse Malmöandan antogs 2017-06-14 vid en ceremoni i Rådhuset"; seed 004 gives the reference.
  adopted: '2017-06-14',
  decisionReference: 'STK-2017-1039',
  status: { state: 'active', since: '2017-06-14' },
  // The latest seed (Kartläggningen, 2019-05-13): the data describes the agreement as it stood then. What
  // happened later is under `history`.
  asOf: '2019-05-13',
  // Seed 003: "Visionen är en mer jämlik, öppen och demokratisk stad."
  vision: {
    sv: 'En mer jämlik, öppen och demokratisk stad.',
    en: 'A more equal, open and democratic city.',
  },
  // Seed 001: what the agreement "vill uppnå".
  aims: [
    {
      sv: 'Fördjupad samverkan mellan det offentliga och idéburen sektor',
      en: 'Deeper collaboration between the public sector and the idéburen sektor',
    },
    { sv: 'Stärka demokratin och öka inflytandet', en: 'Strengthen democracy and increase influence' },
    { sv: 'Möta engagemanget', en: "Meet people's engagement" },
  ],
  // Seed 002: the six principles that underlie every överenskommelse in Sweden — the national ones.
  principles: PRINCIPLES,
  plans: [
    {
      id: 'samarbetsplan-2018-2022',
      name: { sv: 'Samarbetsplan 2018–2022', en: 'Cooperation plan 2018–2022' },
      // Seed 004: "Den 13 juni 2018 antog kommunstyrelsen en samarbetsplan för Malmöandan."
      // The plan runs "2018–2022"; that it ends on the last day of 2022 is read from the name.
      period: { start: '2018-06-13', end: '2022-12-31', inferred: ['end'] },
      adopted: '2018-06-13',
      // Seed 003: "Syftet med samarbetsplanen är att förstärka förutsättningarna till samverkan …"
      purpose: {
        sv: 'Att förstärka förutsättningarna till samverkan mellan Malmö stad och den idéburna sektorn i Malmö.',
        en: 'To strengthen the conditions for collaboration between Malmö stad and the idéburen sektor in Malmö.',
      },
      sources: [{ source: 'samarbetsplan-2018-2022' }],
      // Seed 003, "Riktlinjer för samarbetsplanen".
      guidelines: [
        { sv: 'Prioriterade samhällsutmaningar att samverka kring', en: 'Priority societal challenges to collaborate on' },
        {
          sv: 'Samverkan kring förutsättningar, villkor och möjligheter att samarbeta',
          en: 'The conditions, terms and opportunities for collaboration',
        },
        {
          sv: 'Utveckling och stöd till lärande, kunskap och innovation som krävs för samverkan',
          en: 'Developing and supporting the learning, knowledge and innovation collaboration needs',
        },
        {
          sv: 'Beskrivning av organisation, tidplan, kommunikation och resurser för genomförande',
          en: 'Organisation, timeline, communication and resources for carrying it out',
        },
      ],
      areas: AREAS,
      actions: ACTIONS,
    },
  ],
  currentPlan: 'samarbetsplan-2018-2022',
  // Seed 003: värdskap per area, two coordinators and a working group.
  organising: { ways: ['hosting', 'coordinators', 'working-group'], sources: [{ source: 'samarbetsplan-2018-2022', locator: 'Organisation' }] },
  // Seed 003, "Revidering".
  revision: {
    of: 'plan',
    every: 'mandate-period',
    how: {
      sv: 'I bred samverkan mellan Malmö stad och idéburen sektor i Malmö; dialog och information bland annat vid ordförandekonferensen och konsulentkonferensen.',
      en: "In broad collaboration between Malmö stad and the idéburen sektor in Malmö, with dialogue and information at existing forums such as the chairs' and consultants' conferences.",
    },
    sources: [{ source: 'samarbetsplan-2018-2022', locator: 'Revidering' }],
  },
  roles: {
    // Seed 003, "Samordning": "resurser motsvarande två heltidstjänster, en för kommunen och en för idéburen
    // sektor"; "Den kommunala samordnaren ska ha en tydlig organisatorisk koppling till kommunstyrelsen".
    // Seed 001 ties the sector's coordinator to "metaorganisation med ambition att täcka upp hela idéburen
    // sektor" without naming one, so `attachedTo` is left out.
    coordinators: [
      {
        id: 'samordnare-malmo-stad',
        side: 'municipality',
        attachedTo: 'kommunstyrelsen',
        title: { sv: 'Samordnare för Malmö stad', en: 'Coordinator for Malmö stad' },
        fullTimeEquivalent: 1,
      },
      {
        id: 'samordnare-ideburen-sektor',
        side: 'sector',
        title: { sv: 'Samordnare för idéburen sektor', en: 'Coordinator for the idéburen sektor' },
        fullTimeEquivalent: 1,
      },
    ],
    // Seed 003, "Organisation": the working group's composition. No host is named, so its members
    // are the two coordinators.
    workingGroup: {
      description: {
        sv: 'Arbetsgruppen ska utgöra ett stöd för varandra och säkerställa att spridning och förankring av Överenskommelsen fortgår. Den har inte ansvar för de projekt/processer som påbörjas och sammanträder efter behov.',
        en: 'The working group supports its members and makes sure the agreement keeps being spread and rooted. It is not responsible for the projects or processes that start, and meets as needed.',
      },
      composition: ['coordinator', 'host', 'co-opted'],
      members: [
        { role: 'coordinator', member: 'samordnare-malmo-stad', side: 'municipality' },
        { role: 'coordinator', member: 'samordnare-ideburen-sektor', side: 'sector' },
      ],
    },
  },
  // Seed 003, "Ansvar": each party's commitments.
  commitments: [
    ...RESPONSIBILITIES.joint.map((text) => ({ party: 'joint', text })),
    ...RESPONSIBILITIES.municipality.map((text) => ({ party: 'malmo-stad', text })),
    ...RESPONSIBILITIES.sector.map((text) => ({ party: 'ideburen-sektor-i-malmo', text })),
  ],
  responsibilities: RESPONSIBILITIES,
  departments: DEPARTMENTS,
  organisations: [...signatories, ...EXAMPLE_ORGANISATIONS],
  // Seeds 000 and 003: the avsiktsförklaring of 2015.
  declarationOfIntent: {
    year: 2015,
    description: {
      sv: 'Avsiktsförklaringen mellan sektorerna som Malmö stad godkände blev avstampet för arbetet med överenskommelsen.',
      en: 'The declaration of intent between the sectors, approved by Malmö stad, from which the work on the agreement started.',
    },
    sources: [{ source: 'ideburna-malmo' }, { source: 'samarbetsplan-2018-2022' }],
  },
  // Seed 000: the organisations that "medverkat eller anslutit sig" to the avsiktsförklaring, in 2015. It
  // does not say how each joined, so `how` is left out.
  joined: signatories.map((o) => ({ organisation: o.id, to: 'declaration-of-intent' as const, date: '2015', sources: [{ source: 'ideburna-malmo' }] })),
  grantCategories: GRANT_CATEGORIES,
  grantTotals: GRANT_TOTALS,
  collaborationForms: COLLABORATION_FORMS,
  collaborations: COLLABORATIONS,
  targetGroups: TARGET_GROUPS,
  districts: DISTRICTS,
  glossary: GLOSSARY,
  // Malmö's rules are the library's defaults; the one parameter is stated to show where it comes from.
  // Seed 003: "Vi har utgått från att tidsramen är ca fyra år för ett område."
  rules: { 'area-time-frame': { params: { years: 4 } } },
  // What happened after 2019, from public sources.
  history: [
    {
      date: '2021',
      text: {
        sv: 'Parterna i Malmöandan – Malmö stad, Malmö Ideella och MISO – tog fram och beslutade om en ny samarbetsplan, Samarbetsplan Malmöandan 2021–2026.',
        en: 'The parties of Malmöandan — Malmö stad, Malmö Ideella and MISO — drew up and adopted a new cooperation plan, Samarbetsplan Malmöandan 2021–2026.',
      },
      sources: [{ source: 'miso-malmoandan' }],
    },
    {
      date: '2024-03-06',
      text: {
        sv: 'Efter en genomlysning av styrnings- och ledningsstrukturen hösten 2023 beslutade kommunstyrelsen att avveckla Malmöandan i dess nuvarande form.',
        en: 'After a review of its governance structure in autumn 2023, the Municipal Executive Board decided to wind Malmöandan down in its current form.',
      },
      sources: [{ source: 'miso-malmoandan' }],
    },
  ],
  sources: [
    {
      id: 'miso-malmoandan',
      title: 'Malmöandan – Överenskommelsen Malmö',
      publisher: 'MISO – Malmö Idrottsföreningars Samorganisation',
      url: 'https://miso.se/verksamhet/avslutade-verksamheter-projekt/malmoandan-overenskommelsen-malmo/',
      read: '2026-12-01',
    },
    { id: 'ideburna-malmo', title: 'Idéburna Malmö: rapport om projektet 2014–2015', publisher: 'MIP' },
    {
      id: 'beredningsgruppen-2015-04-09',
      title: 'Möte beredningsgruppen ÖK Malmö, minnesanteckningar',
      date: '2015-04-09',
      publisher: 'Malmö stad, Sociala resursförvaltningen',
    },
    {
      id: 'metaorganisationer-2017-10-12',
      title: 'Överenskommelsen Malmöandan – diskussionsmöte med metaorganisationer i Malmö',
      date: '2017-10-12',
    },
    {
      id: 'samarbetsplan-2018-2022',
      title: 'Överenskommelse Malmöandan. Samarbetsplan – idéburen sektor och Malmö stad 2018–2022',
      date: '2018-06-13',
      publisher: 'Malmö stad',
    },
    {
      id: 'overenskommelsen-6-principer',
      title: 'Överenskommelsen: 6 principer',
      publisher: 'Överenskommelsen mellan regeringen, idéburna organisationer inom det sociala området och Sveriges Kommuner och Landsting',
      url: 'http://overenskommelsen.se/om-overenskommelsen/var-struktur/6-principer/',
      read: '2026-12-01',
    },
    {
      id: 'overenskommelsen-skane-principer',
      title: 'Överenskommelsen Skåne: principer för samverkan',
      url: 'https://overenskommelsenskane.se/principer-for-samverkan/',
      read: '2026-12-01',
    },
    {
      id: 'kartlaggning-2019',
      title: 'Kartläggning av Malmö stads samverkan med idéburen sektor, sammanfattning',
      date: '2019-05-13',
      publisher: 'Malmö stad, Stadskontoret',
    },
  ],
};
