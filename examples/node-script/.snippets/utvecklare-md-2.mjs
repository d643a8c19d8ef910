import assert from 'node:assert/strict';
import { validateAgreement } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const result = validateAgreement(malmo, { today: '2019-05-13' });
assert.equal(result.ok, true); // inga fel
for (const issue of result.issues) console.log(issue.severity, issue.code, issue.params.path, issue.message);

const broken = validateAgreement({ ...malmo, adopted: '14 juni 2017' });
assert.equal(broken.issues[0].code, 'invalid_date');
console.log(broken.issues[0].message); // Överenskommelsen: ”adopted” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD …
