import assert from 'node:assert/strict';
import { validateAgreement } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const utanVardskap = {
  ...malmo,
  rules: {
    'hosting-seats': { enabled: false },
    'hosting-agreement': { enabled: false },
    'area-time-frame': { params: { years: 3 } },
    'yearly-report': { severity: 'info' },
  },
};
const result = validateAgreement(utanVardskap, { today: '2026-11-23' });
assert.equal(result.issues.some((i) => i.code === 'hosting_seat_vacant'), false);
assert.ok(result.issues.filter((i) => i.code === 'area_time_frame_exceeded').every((i) => i.params.years === 3));
