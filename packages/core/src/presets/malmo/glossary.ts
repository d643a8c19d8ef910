import type { GlossaryTerm } from '../../glossary/glossary.js';

// Begrepp: the definitions the sources themselves give. The 2015 begreppsseminarium (seed 000) set out to
// define shared words; these are the ones the seeds write down.
export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'overenskommelse',
    term: { sv: 'Överenskommelse', en: 'Local agreement (överenskommelse)' },
    definition: {
      sv: 'Ett dokument om samverkan mellan den offentliga sektorn och den idéburna sektorn, byggt på sex gemensamma principer och utvecklat utifrån lokala behov. Det ska vara ett levande dokument som utvecklas ständigt.',
      en: 'A document on collaboration between the public and the idéburen sektor, built on six shared principles and adapted to local needs. It is to be a living document, developed continually.',
    },
    source: 'Beredningsgruppen ÖK Malmö, minnesanteckningar 2015-04-09',
  },
  {
    id: 'samarbetsplan',
    term: { sv: 'Samarbetsplan', en: 'Cooperation plan' },
    definition: {
      sv: 'Planen som ringar in och prioriterar vad som ska göras inom överenskommelsen; i överenskommelsen kallad handlingsplan. Revideras eller aktualiseras en gång per mandatperiod.',
      en: 'The plan that sets out and prioritises what is to be done under the agreement; called the action plan (handlingsplan) in the agreement itself. Revised or updated once per mandate period.',
    },
    source: 'Samarbetsplan 2018–2022',
  },
  {
    id: 'vardskap',
    term: { sv: 'Värdskap', en: 'Hosting' },
    definition: {
      sv: 'Ansvaret för ett prioriterat område, som Malmö stad och idéburen sektor har gemensamt: en värd från en idéburen organisation och en från en förvaltning. Värden planerar, sammankallar och håller i dialoger och stödjer uppstart av projekt.',
      en: 'Responsibility for a priority area, held jointly by the city and the sector: one host from an idéburen organisation and one from a department. The host plans, convenes and holds dialogues and supports the start of projects.',
    },
    source: 'Samarbetsplan 2018–2022',
  },
  {
    id: 'samordnare',
    term: { sv: 'Samordnare', en: 'Coordinator' },
    definition: {
      sv: 'En av två samordnare, en för kommunen och en för idéburen sektor, som bland annat arrangerar utbildningar, matchar organisationer och förvaltningar och följer upp arbetet.',
      en: 'One of two coordinators, one for the municipality and one for the sector, who among other things arrange training, match organisations and departments and follow up the work.',
    },
    source: 'Samarbetsplan 2018–2022',
  },
  {
    id: 'arbetsgrupp',
    term: { sv: 'Arbetsgrupp', en: 'Working group' },
    definition: {
      sv: 'Samordnarna, värdarna för de prioriterade utmaningarna och adjungerade personer vid behov. Stödjer varandra och sprider överenskommelsen men har inte ansvar för de projekt som påbörjas.',
      en: 'The coordinators, the hosts of the priority challenges and co-opted persons as needed. Supports its members and spreads the agreement but is not responsible for the projects that start.',
    },
    source: 'Samarbetsplan 2018–2022',
  },
  {
    id: 'ideburen-sektor',
    term: { sv: 'Idéburen sektor', en: 'Idea-driven sector (idéburen sektor)' },
    definition: {
      sv: 'Alla typer av idéburna organisationer, dvs. folkrörelser, men också stiftelser, trossamfund och föreningar. Avser formellt uppbyggda organisationer med stadgar, styrelse, årsmöte osv.',
      en: 'All kinds of idea-driven organisations: popular movements, but also foundations, religious communities and associations. Means formally constituted organisations with statutes, a board, an annual meeting and so on.',
    },
    source: 'Kartläggning av Malmö stads samverkan med idéburen sektor, 2019',
  },
  {
    id: 'civila-samhallet',
    term: { sv: 'Det civila samhället', en: 'Civil society' },
    definition: {
      sv: 'En arena, skild från staten, marknaden och det enskilda hushållet, där människor, grupper och organisationer agerar tillsammans för gemensamma intressen. Här verkar ideella föreningar, stiftelser och registrerade trossamfund, men även nätverk och tillfälliga sammanslutningar.',
      en: 'An arena, apart from the state, the market and the household, where people, groups and organisations act together for common interests: non-profit associations, foundations and registered religious communities, but also networks and temporary groupings.',
    },
    source: 'Prop. 2009/10:55, citerad i Kartläggningen 2019',
  },
  {
    id: 'ideella-organisationer',
    term: { sv: 'Ideella organisationer', en: 'Non-profit organisations' },
    definition: {
      sv: 'Icke vinstdrivande organisationer; en del av den idéburna sektorn.',
      en: 'Organisations that do not seek profit; part of the idéburen sektor.',
    },
    source: 'IJ2008/2110/UF, citerad i Kartläggningen 2019',
  },
  {
    id: 'informella-organisationer',
    term: { sv: 'Informella organisationer', en: 'Informal organisations' },
    definition: {
      sv: 'Sammanslutningar som inte är formellt bildade föreningar med stadgar, styrelse osv. De ingår inte i begreppet idéburen sektor.',
      en: 'Groupings that are not formally constituted associations with statutes, a board and so on. They are not part of the idéburen sektor.',
    },
    source: 'Kartläggning av Malmö stads samverkan med idéburen sektor, 2019',
  },
  {
    id: 'metaorganisation',
    term: { sv: 'Metaorganisation', en: 'Meta-organisation' },
    definition: {
      sv: 'Sammanslutningar som har föreningar som medlemmar och inte privatpersoner: alla paraplyer, sammanslutningar, stiftelser, studieförbund och samfund som har föreningar, sammanslutningar, stiftelser, studieförbund och samfund som medlemmar.',
      en: 'Organisations whose members are organisations, not private persons: umbrellas, federations, foundations, study associations and religious communities with such members.',
    },
    source: 'Idéburna Malmö, 2015',
  },
  {
    id: 'iop',
    term: { sv: 'Idéburet offentligt partnerskap (IOP)', en: 'Idea-based public partnership (IOP)' },
    definition: {
      sv: 'Ett mellanläge mellan upphandling och föreningsbidrag som skapar långsiktighet och bättre struktur för uppföljning och dialog. När Sociala resursförvaltningen prövade IOP 2015 gjorde föreningarna en marknadsanalys och en stadsjurist var inkopplad; det var den förvaltningens väg, inget krav för varje IOP.',
      en: "A middle ground between procurement and grants that gives long-term stability and better structure for follow-up and dialogue. When the Social Resources Department tried IOP in 2015, the associations made a market analysis and a city lawyer took part: that department's way, not a requirement of every IOP.",
    },
    source: 'Beredningsgruppen ÖK Malmö, minnesanteckningar 2015-04-09',
  },
  {
    id: 'medskapande',
    term: { sv: 'Medskapande', en: 'Co-creation' },
    definition: {
      sv: 'Metoder med aktivt deltagande i dialog och utveckling, som involverar deltagarna i skapandet och genomförandet av lösningar.',
      en: 'Methods of active participation in dialogue and development that involve the participants in creating and carrying out solutions.',
    },
    source: 'Samarbetsplan 2018–2022',
  },
  {
    id: 'avsiktsforklaring',
    term: { sv: 'Avsiktsförklaring', en: 'Declaration of intent' },
    definition: {
      sv: 'Förklaringen mellan sektorerna från 2015, godkänd av Malmö stad, som blev avstampet för arbetet med överenskommelsen.',
      en: 'The 2015 declaration between the sectors, approved by the city, from which the work on the agreement started.',
    },
    source: 'Idéburna Malmö, 2015',
  },
  {
    id: 'kunskapsallians',
    term: { sv: 'Kunskapsallians', en: 'Knowledge alliance' },
    definition: {
      sv: 'En samverkan som ger beslutsfattare och experter tillgång till samhällsbaserad kunskap, hos idéburen sektor, malmöbor, barn osv.',
      en: 'A collaboration that gives decision-makers and experts access to community knowledge held by the sector, residents, children and others.',
    },
    source: 'Kartläggning av Malmö stads samverkan med idéburen sektor, 2019',
  },
  {
    id: 'nolltaxa',
    term: { sv: 'Nolltaxa', en: 'Zero tariff' },
    definition: {
      sv: 'Lokalstöd där föreningar inte betalar för att hyra vissa av kommunens idrottsanläggningar.',
      en: "Premises support under which associations pay nothing to rent some of the city's sports facilities.",
    },
    source: 'Kartläggning av Malmö stads samverkan med idéburen sektor, 2019',
  },
  {
    id: 'mandatperiod',
    term: { sv: 'Mandatperiod', en: 'Mandate period' },
    definition: {
      sv: 'Den fyraåriga period som de valda församlingarna sitter, från den 15 oktober valåret. Samarbetsplanen ska revideras en gång per mandatperiod.',
      en: 'The four-year term of the elected assemblies, from 15 October of the election year. The cooperation plan is to be revised once per mandate period.',
    },
    source: 'Kommunallagen (2017:725) 5 kap.; Samarbetsplan 2018–2022',
  },
];
