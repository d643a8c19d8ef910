import assert from 'node:assert/strict';
import { validateAgreement } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const result = validateAgreement(malmo, { today: '2019-05-13', locale: 'en' });
assert.equal(result.ok, true); // no errors
for (const issue of result.issues) console.log(issue.severity, issue.code, issue.params.path, issue.message);

const broken = validateAgreement({ ...malmo, adopted: '14 June 2017' }, { locale: 'en' });
assert.equal(broken.issues[0].code, 'invalid_date');
console.log(broken.issues[0].message); // The agreement: "adopted" is not a valid date. Write the date as YYYY-MM-DD …
