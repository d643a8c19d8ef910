import type { Department } from '../../department/department.js';

// The 13 departments and offices that seed 004 (Kartläggning, 2019-05-13) maps. Descriptions summarise
// its section on each; form ids are those of ./forms.ts.
export const DEPARTMENTS: Department[] = [
  {
    id: 'fritidsforvaltningen',
    name: { sv: 'Fritidsförvaltningen', en: 'Leisure Department' },
    kind: 'department',
    // Seed 004: "Genom kravet på registrering vid ansökan om bidrag, besitter fritidsförvaltningen ett
    // omfattande föreningsregister."
    requiresAssociationRegister: true,
    description: {
      sv: 'Ger ett omfattande stöd till föreningslivet: organisationsbidrag, allmänna föreningsbidrag och lokalstöd, ofta kopplat till dialog eller samverkan kring verksamhet. För ett föreningsregister genom kravet på registrering vid ansökan.',
      en: 'Gives extensive support to associations: organisation grants, general association grants and premises support, often tied to dialogue or joint activities. Keeps an association register through the registration required to apply.',
    },
    collaborationForms: ['stod-och-bidrag', 'dialog-och-samrad', 'verksamhet-och-projekt'],
    targetGroups: ['barn-och-unga', 'aldre', 'personer-med-funktionsnedsattning'],
  },
  {
    id: 'kulturforvaltningen',
    name: { sv: 'Kulturförvaltningen', en: 'Culture Department' },
    kind: 'department',
    description: {
      sv: 'Samverkar genom Kulturhus och mötesplatser, Biblioteken i Malmö, Stadsarkivet, Kulturskolan, Malmö museer, Malmö konstmuseum och Malmö konsthall; administrerar Kulturstödet och stödet till studieförbunden.',
      en: 'Collaborates through its culture houses and meeting places, the libraries, the city archives, the culture school, museums and art halls; administers the culture grant and the support to study associations.',
    },
    collaborationForms: ['stod-och-bidrag', 'verksamhet-och-projekt'],
    targetGroups: ['barn-och-unga'],
  },
  {
    id: 'arbetsmarknads-och-socialforvaltningen',
    name: { sv: 'Arbetsmarknads- och socialförvaltningen', en: 'Labour Market and Social Services Department' },
    kind: 'department',
    description: {
      sv: 'Ger organisationsbidrag inom det sociala området (hemlöshet och missbruk, kvinnofrid, barn och unga med ogynnsamma uppväxtvillkor) och är i princip ensam om att använda IOP, främst i arbetsmarknadsfrågor.',
      en: 'Gives organisation grants in the social field (homelessness and addiction, violence against women, children with poor conditions) and is in practice the only department using IOP, mainly for labour-market work.',
    },
    collaborationForms: ['stod-och-bidrag', 'dialog-och-samrad', 'verksamhet-och-projekt'],
    targetGroups: ['barn-och-unga', 'personer-i-hemloshet', 'arbetssokande'],
  },
  {
    id: 'funktionsstodsforvaltningen',
    name: { sv: 'Funktionsstödsförvaltningen', en: 'Disability Support Department' },
    kind: 'department',
    description: {
      sv: 'Samverkar genom organisationsstöd och bidrag samt brukarråd och brukardialog, främst med föreningar inriktade på psykisk och intellektuell funktionsnedsättning; samlokaliserar föreningar genom Paraplyet.',
      en: 'Collaborates through organisation support and grants and through user councils and user dialogue, mainly with associations working with mental and intellectual disability; co-locates associations through Paraplyet.',
    },
    collaborationForms: ['stod-och-bidrag', 'dialog-och-samrad', 'verksamhet-och-projekt'],
    targetGroups: ['personer-med-funktionsnedsattning', 'aldre'],
  },
  {
    id: 'halsa-vard-och-omsorgsforvaltningen',
    name: { sv: 'Hälsa- vård- och omsorgsförvaltningen', en: 'Health, Care and Welfare Department' },
    kind: 'department',
    description: {
      sv: 'Samråd med anhörigföreningar och samverkan kring möteslokaler för äldre, främst Dammfrigården, Träffpunkten (Videdal) och Tuppen (Ribersborg), för att motverka social isolering.',
      en: "Consults relatives' associations and works with the sector around meeting places for older people, mainly Dammfrigården, Träffpunkten (Videdal) and Tuppen (Ribersborg), to counter social isolation.",
    },
    collaborationForms: ['stod-och-bidrag', 'dialog-och-samrad', 'verksamhet-och-projekt'],
    targetGroups: ['aldre', 'anhoriga'],
    districts: ['dammfri', 'videdal', 'ribersborg'],
  },
  {
    id: 'forskoleforvaltningen',
    name: { sv: 'Förskoleförvaltningen', en: 'Preschool Department' },
    kind: 'department',
    description: {
      sv: 'Samverkar genom staben, de öppna förskolorna och familjecentralerna för att fler barn ska delta i förskolan, med särskilt fokus på nyanlända och asylsökande föräldrar.',
      en: 'Collaborates through its staff unit, open preschools and family centres so that more children take part in preschool, with a focus on newly arrived and asylum-seeking parents.',
    },
    collaborationForms: ['verksamhet-och-projekt'],
    targetGroups: ['barn-och-unga', 'nyanlanda'],
  },
  {
    id: 'grundskoleforvaltningen',
    name: { sv: 'Grundskoleförvaltningen', en: 'Compulsory School Department' },
    kind: 'department',
    description: {
      sv: 'Enskilda skolor samverkar kring läxhjälp, kultur- och idrottsaktiviteter utanför skoltid; skolor i öster och söder mer än i väster.',
      en: 'Individual schools collaborate on homework help and culture and sports activities outside school hours; schools in the east and south more than in the west.',
    },
    collaborationForms: ['verksamhet-och-projekt'],
    targetGroups: ['barn-och-unga'],
  },
  {
    id: 'gymnasie-och-vuxenutbildningsforvaltningen',
    name: { sv: 'Gymnasie- och vuxenutbildningsförvaltningen', en: 'Upper Secondary and Adult Education Department' },
    kind: 'department',
    description: {
      sv: 'Samverkan utgår från enskilda gymnasieskolors verksamhet och syftar främst till att komplettera den egna verksamheten och erbjuda elever en aktiv fritid.',
      en: 'Collaboration starts from individual upper-secondary schools and mainly complements their own work and offers pupils an active leisure time.',
    },
    collaborationForms: ['verksamhet-och-projekt'],
    targetGroups: ['unga'],
  },
  {
    id: 'fastighets-och-gatukontoret',
    name: { sv: 'Fastighets- och gatukontoret', en: 'City Properties and Streets Office' },
    kind: 'office',
    description: {
      sv: 'Samråd i detaljplaneprocesser och samverkan med föreningslivet kring arrangemang och offentliga ytor, bland annat i Folkets park.',
      en: 'Consultation in detailed planning and collaboration with associations around events and public spaces, among them Folkets park.',
    },
    collaborationForms: ['dialog-och-samrad', 'verksamhet-och-projekt'],
    targetGroups: ['barnfamiljer'],
  },
  {
    id: 'miljoforvaltningen',
    name: { sv: 'Miljöförvaltningen', en: 'Environment Department' },
    kind: 'department',
    description: {
      sv: 'Samverkar genom miljöstrategiska avdelningen kring stadsutveckling, hållbar konsumtion och livsstil samt lärande för hållbar utveckling; utvecklar kunskapsallianser inom Amiralsstaden.',
      en: 'Collaborates through its environmental strategy unit on urban development, sustainable consumption and lifestyles and learning for sustainability; develops knowledge alliances in Amiralsstaden.',
    },
    collaborationForms: ['dialog-och-samrad', 'verksamhet-och-projekt'],
  },
  {
    id: 'stadsbyggnadskontoret',
    name: { sv: 'Stadsbyggnadskontoret', en: 'City Planning Office' },
    kind: 'office',
    description: {
      sv: 'Samverkar med idéburen sektor för att nå ut med information vid medborgardialog i stadsutvecklingsprocesser och börjar utforska kunskapsallianser.',
      en: 'Works with the sector to reach citizens in dialogue on urban development and is starting to explore knowledge alliances.',
    },
    collaborationForms: ['dialog-och-samrad'],
  },
  {
    id: 'stadskontoret',
    name: { sv: 'Stadskontoret', en: "City Executive Office" },
    kind: 'office',
    description: {
      sv: 'Administrerar stadens centrala råd under kommunstyrelsen och bereder beslut om bidrag från kommunstyrelsens anslag.',
      en: "Administers the city's central councils under the executive board and prepares decisions on grants from the executive board's allocation.",
    },
    collaborationForms: ['stod-och-bidrag', 'dialog-och-samrad'],
  },
  {
    id: 'serviceforvaltningen',
    name: { sv: 'Serviceförvaltningen', en: 'Service Department' },
    kind: 'department',
    description: {
      // Seed 004: "Samtliga förvaltningar, med undantag för serviceförvaltningen, samverkar dock med idéburen sektor."
      sv: 'Den enda förvaltningen som inte samverkar med idéburen sektor.',
      en: 'The only department that does not collaborate with the idéburen sektor.',
    },
    collaborationForms: [],
    collaboratesWithSector: false,
  },
];
