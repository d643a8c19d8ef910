import assert from 'node:assert/strict';
import { validateAgreement } from '@samverkan/core';

const agreement = {
  id: 'exempel',
  name: { sv: 'Överenskommelse för Exempelby' },
  municipality: { name: 'Lunds kommun', code: '1281', executiveBoard: { id: 'kommunstyrelsen', name: { sv: 'Kommunstyrelsen' } } },
  parties: [
    { id: 'kommunen', name: 'Lunds kommun', side: 'municipality' },
    { id: 'foreningslivet', name: 'Föreningslivet i Lund', side: 'sector' },
  ],
  adopted: '2024-01-15',
  status: { state: 'active' },
  vision: { sv: 'Alla ska kunna vara med.' },
  aims: [],
  principles: [],
  plans: [{ id: 'plan-2024', name: { sv: 'Handlingsplan 2024–2027' }, period: { start: '2024-01-15', end: '2027-12-31' }, areas: [] }],
  currentPlan: 'plan-2024',
  roles: { coordinators: [] },
  departments: [],
  organisations: [],
  grantCategories: [],
  collaborationForms: [],
  collaborations: [],
  glossary: [],
};

const result = validateAgreement(agreement, { today: '2024-06-01' });
assert.equal(result.agreement !== undefined, true); // schemat godtar den
// Reglerna säger vad som saknas: samordnarna och de sex principerna.
const codes = result.issues.map((i) => i.code);
assert.ok(codes.includes('coordinator_missing'));
assert.ok(codes.includes('national_principle_missing'));
