import type { CollaborationForm } from '../../collaboration/collaboration.js';

// Seed 004, "Kartläggningen omfattar följande former för samverkan".
export const COLLABORATION_FORMS: CollaborationForm[] = [
  {
    id: 'stod-och-bidrag',
    name: { sv: 'Stöd och bidrag', en: 'Support and grants' },
    description: { sv: 'Stöd och bidrag till idéburen sektor.', en: 'Support and grants to the idéburen sektor.' },
  },
  {
    id: 'dialog-och-samrad',
    name: { sv: 'Dialog och samråd', en: 'Dialogue and consultation' },
    description: {
      sv: 'Dialog och samråd med idéburen sektor, till exempel råd, brukardialog och brukarråd.',
      en: 'Dialogue and consultation with the idéburen sektor, for example councils, user dialogue and user councils.',
    },
  },
  {
    id: 'verksamhet-och-projekt',
    name: { sv: 'Samverkan kring verksamhet och projekt', en: 'Joint activities and projects' },
    description: {
      sv: 'Konkreta samarbeten kring projekt eller verksamhet, arrangemang, eller samarbeten kring lokaler och anläggningar.',
      en: 'Concrete collaboration on projects or activities, events, or premises and facilities.',
    },
  },
];
