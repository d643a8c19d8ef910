import assert from 'node:assert/strict';
import { NATIONAL_PRINCIPLES, validateAgreement } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const principles = [
  ...NATIONAL_PRINCIPLES.map((p) => (p.national === 'independence' ? { ...p, label: { sv: 'Oberoende' } } : p)),
  { id: 'barnets-basta', label: { sv: 'Barnets bästa' } },
];
const result = validateAgreement({ ...malmo, principles }, { today: '2019-05-13' });
assert.equal(result.issues.some((i) => i.code === 'national_principle_missing'), false);
