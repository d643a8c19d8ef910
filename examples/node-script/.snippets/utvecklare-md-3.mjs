import { validateAgreement } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const result = validateAgreement(malmo, {
  today: '2026-11-23',
  rules: { 'hosting-seats': { enabled: false }, 'area-time-frame': { params: { years: 5 } } },
});
console.log(result.counts); // { error: 0, warning: …, info: … }
