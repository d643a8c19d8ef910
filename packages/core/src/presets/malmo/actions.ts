import type { Action } from '../../plan/plan.js';

const BOTH = ['malmo-stad', 'ideburen-sektor-i-malmo'];
const PLAN = 'samarbetsplan-2018-2022';

// Samarbetsplan 2018–2022 (seed 003), "Parternas förutsättningar och möjligheter att samarbeta", "Lärande
// och kunskap", "Digital Portal för samverkan", "Samordning" and "Värdskap": what the plan sets out to do.
// The plan gives no period, status or indicators of its own for these: each runs over the plan's period
// and stands as planned, except the föreningscenter, whose conditions are still "to be investigated".
export const ACTIONS: Action[] = [
  {
    id: 'kontaktcenter',
    name: { sv: 'Bättre relationer och kontaktcenter', en: 'Better relations and a contact centre' },
    description: {
      sv: 'Kontakterna mellan idéburen sektor och kommunen ska underlättas, med enklare vägar för kommunikation. Malmö stads kontaktcenter kan vara en viktig funktion; andra forum för dialog och samverkan ska kartläggas och beskrivas.',
      en: "Contacts between the idéburen sektor and the city are to be made easier, with simpler ways to communicate. Malmö stad's contact centre may be an important function; other forums for dialogue and collaboration are to be mapped and described.",
    },
    responsible: BOTH,
    status: 'planned',
    sources: [{ source: PLAN, locator: 'Bättre relationer och kontaktcenter' }],
  },
  {
    id: 'foreningscenter',
    name: { sv: 'Föreningscenter', en: 'Association centre' },
    description: {
      sv: 'Förutsättningarna för att inrätta ett föreningscenter med gemensamma funktioner för samverkan och föreningsliv ska fortsätta utredas.',
      en: 'The conditions for setting up an association centre with shared facilities for collaboration and associations are to be investigated further.',
    },
    responsible: BOTH,
    status: 'to-be-investigated',
    sources: [{ source: PLAN, locator: 'Föreningscenter' }],
  },
  {
    id: 'utbildning-av-vardar',
    name: { sv: 'Utbildning av värdar', en: 'Training of hosts' },
    description: {
      sv: 'Värdarna erbjuds utbildning för att få nödvändig kunskap om arbetssätt och metoder; utbildning i medskapande samverkan och processledarskap ingår i lärandet.',
      en: 'The hosts are offered training in ways of working and methods; training in co-creative collaboration and process leadership is part of the learning.',
    },
    responsible: BOTH,
    status: 'planned',
    sources: [
      { source: PLAN, locator: 'Värdskap' },
      { source: PLAN, locator: 'Utbildning' },
    ],
  },
  {
    id: 'extern-utvardering',
    name: { sv: 'Extern utvärdering', en: 'External evaluation' },
    description: {
      sv: 'För att lära av erfarenheterna behövs en extern utvärdering, liksom egen utvärdering, självvärdering och jämförelser med andra kommuner och organisationer.',
      en: 'To learn from experience an external evaluation is needed, along with self-evaluation and comparison with other municipalities and organisations.',
    },
    responsible: BOTH,
    status: 'planned',
    sources: [{ source: PLAN, locator: 'Reflektion och uppföljning' }],
  },
  {
    id: 'digital-portal',
    name: { sv: 'Digital portal för samverkan', en: 'Digital portal for collaboration' },
    description: {
      sv: 'En digital samverkansyta där den idéburna sektorn kan möta Malmö stad och andra aktörer, som komplement till fysiska möten.',
      en: 'A digital space where the idéburen sektor can meet Malmö stad and other actors, alongside meetings in person.',
    },
    responsible: BOTH,
    status: 'planned',
    sources: [{ source: PLAN, locator: 'Digital Portal för samverkan' }],
  },
  {
    id: 'kommunikationsplan',
    name: { sv: 'Gemensam kommunikationsplan', en: 'Joint communication plan' },
    description: {
      sv: 'En gemensam kommunikationsplan som stöd för processerna ska tas fram; parterna ansvarar också för den interna kommunikationen i respektive sektor.',
      en: 'A joint communication plan is to be drawn up to support the processes; each party also answers for internal communication in its own sector.',
    },
    responsible: BOTH,
    status: 'planned',
    sources: [{ source: PLAN, locator: 'Samordning' }],
  },
];
