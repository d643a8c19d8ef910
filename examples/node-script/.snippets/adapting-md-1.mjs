import assert from 'node:assert/strict';
import { NATIONAL_PRINCIPLES, validateAgreement } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const ours = {
  ...malmo,
  principles: [
    ...NATIONAL_PRINCIPLES.map((p) => (p.national === 'dialogue' ? { ...p, label: { sv: 'Dialog och inflytande', en: 'Dialogue and influence' } } : p)),
    { id: 'best-interests-of-the-child', label: { sv: 'Barnets bästa', en: 'The best interests of the child' } },
  ],
  rules: {
    'hosting-seats': { enabled: false },
    'hosting-agreement': { enabled: false },
    'area-time-frame': { params: { years: 3 } },
  },
};
const result = validateAgreement(ours, { today: '2026-11-23', locale: 'en' });
assert.equal(result.ok, true);
assert.equal(result.issues.some((i) => i.code === 'hosting_seat_vacant'), false);
assert.equal(result.issues.some((i) => i.code === 'national_principle_missing'), false);
