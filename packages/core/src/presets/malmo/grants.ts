import type { GrantCategory, GrantTotal } from '../../grant/grant.js';

// Stöd- och bidragsformer as Kartläggningen (seed 004) describes them, with the 2018 figures it gives.
export const GRANT_CATEGORIES: GrantCategory[] = [
  {
    id: 'organisationsbidrag',
    name: { sv: 'Organisationsbidrag', en: 'Organisation grant' },
    description: {
      sv: 'Bidrag till en organisations verksamhet. Varje förvaltnings stöd styrs av dess nämnds beslutade regelverk.',
      en: "A grant to an organisation's activity. Each department's support follows the rules its board has set.",
    },
    grantors: [
      'fritidsforvaltningen',
      'kulturforvaltningen',
      'funktionsstodsforvaltningen',
      'arbetsmarknads-och-socialforvaltningen',
      'stadskontoret',
      'halsa-vard-och-omsorgsforvaltningen',
    ],
  },
  {
    id: 'allmanna-foreningsbidrag',
    name: { sv: 'Allmänna föreningsbidrag', en: 'General association grants' },
    description: {
      sv: 'Hanteras av fritidsförvaltningen. Registrering i föreningsregistret krävs vid ansökan.',
      en: 'Handled by the Leisure Department. Registration in the association register is required to apply.',
    },
    grantors: ['fritidsforvaltningen'],
    // Seed 004: "Genom kravet på registrering vid ansökan om bidrag, besitter fritidsförvaltningen ett omfattande föreningsregister."
    requiresAssociationRegister: true,
  },
  {
    id: 'verksamhetsbidrag',
    name: { sv: 'Verksamhetsbidrag', en: 'Operating grant' },
    description: {
      sv: 'Till det fria kulturlivet, till organisationer inom funktionsstödsområdet och inom det sociala området (hemlöshet och missbruk, kvinnofrid, barn och unga med ogynnsamma uppväxtvillkor).',
      en: 'To the independent cultural scene, to organisations in the disability field and in the social field (homelessness and addiction, violence against women, children with poor conditions).',
    },
    grantors: [
      'kulturforvaltningen',
      'funktionsstodsforvaltningen',
      'arbetsmarknads-och-socialforvaltningen',
      'kommunstyrelsen',
    ],
  },
  {
    id: 'projektbidrag',
    name: { sv: 'Projektbidrag', en: 'Project grant' },
    grantors: ['kulturforvaltningen', 'kommunstyrelsen'],
  },
  {
    id: 'stod-till-studieforbund',
    name: { sv: 'Stöd till studieförbund', en: 'Support to study associations' },
    description: { sv: 'Verksamhetsbidrag till studieförbunden.', en: 'Operating grant to the study associations.' },
    grantors: ['kulturforvaltningen'],
  },
  {
    id: 'lokalstod',
    name: { sv: 'Lokalstöd', en: 'Premises support' },
    description: {
      sv: 'Subventionerat pris vid uthyrning, nolltaxa och lokalkostnadsbidrag till föreningar med egna lokaler; även utlåning av lokaler. Administreras framför allt av fritidsförvaltningen.',
      en: 'Subsidised rent, a zero tariff (nolltaxa) and a grant for own premises (lokalkostnadsbidrag); also lending of premises. Mainly run by the Leisure Department.',
    },
    // Seed 004: "Lokalstöd administreras framför allt genom fritidsförvaltningen" (which since 2017 also
    // lets grundskoleförvaltningens and gymnasie- och vuxenutbildningsförvaltningens idrottshallar);
    // "Vissa av kulturförvaltningens verksamheter, såsom Garaget och Stadsarkivet, lånar också ut lokaler";
    // "Slutligen kan enskilda skolor hyra ut vissa av sina lokaler till föreningar" — schools of both school
    // departments.
    grantors: ['fritidsforvaltningen', 'kulturforvaltningen', 'grundskoleforvaltningen', 'gymnasie-och-vuxenutbildningsforvaltningen'],
  },
  {
    id: 'ks-anslag-projekt-och-utredningar',
    name: {
      sv: 'Kommunstyrelsens anslag för projekt och utredningar',
      en: "The executive board's allocation for projects and studies",
    },
    description: {
      sv: 'För ansökningar som inte faller inom ramen för någon enskild facknämnds riktlinjer. Bereds av stadskontoret.',
      en: "For applications outside every department's rules. Prepared by the City Executive Office.",
    },
    grantors: ['kommunstyrelsen'],
    // Seed 004: "Medel från anslaget kan utgå under maximalt två år."
    maxDurationYears: 2,
  },
  // No IOP category: an IOP (seed 002: "en mellan läge mellan upphandling och föreningsbidrag") is a
  // partnership of its own, recorded under the agreement's iops, not a grant with requirements of its own.
];


// Seed 004, the figures for 2018 as each department's section states them.
export const GRANT_TOTALS: GrantTotal[] = [
  { year: 2018, sources: [{ source: 'kartlaggning-2019' }], grantor: 'fritidsforvaltningen', amountSek: 109_700_000, precision: 'exact' },
  { year: 2018, sources: [{ source: 'kartlaggning-2019' }], grantor: 'kulturforvaltningen', amountSek: 70_000_000, precision: 'more-than' },
  {
    year: 2018, sources: [{ source: 'kartlaggning-2019' }],
    grantor: 'funktionsstodsforvaltningen',
    amountSek: 12_500_000,
    precision: 'approximate',
    recipients: 40,
  },
  {
    year: 2018, sources: [{ source: 'kartlaggning-2019' }],
    grantor: 'arbetsmarknads-och-socialforvaltningen',
    categories: ['organisationsbidrag'],
    amountSek: 8_700_000,
    precision: 'exact',
  },
  {
    // Seed 004: "Förvaltningens IOP- avtal omfattade under 2018 totalt 6,2 miljoner kronor." Money paid to
    // the sector under IOP agreements: a partnership, not a grant category (an IOP is its own record).
    year: 2018, sources: [{ source: 'kartlaggning-2019' }],
    grantor: 'arbetsmarknads-och-socialforvaltningen',
    amountSek: 6_200_000,
    precision: 'exact',
    note: { sv: 'Genom IOP-avtal (idéburet offentligt partnerskap), inte bidrag.', en: 'Through IOP agreements (idea-based public partnership), not grants.' },
  },
  {
    year: 2018, sources: [{ source: 'kartlaggning-2019' }],
    grantor: 'kommunstyrelsen',
    categories: ['verksamhetsbidrag', 'projektbidrag'],
    amountSek: 25_200_000,
    precision: 'exact',
  },
  {
    year: 2018,
    // The section gives "ungefär 200 000–300 000" a year with no year named: 2018 is read from the survey's context.
    inferred: ['year'],
    sources: [{ source: 'kartlaggning-2019' }],
    grantor: 'halsa-vard-och-omsorgsforvaltningen',
    amountSek: 200_000,
    amountSekMax: 300_000,
    precision: 'range',
    note: { sv: 'Ungefär per år.', en: 'About, per year.' },
  },
];
