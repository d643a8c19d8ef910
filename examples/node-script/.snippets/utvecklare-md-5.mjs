import assert from 'node:assert/strict';
import { rankMatches } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const base = { consent: { matching: true, listing: true }, contact: { name: 'Exempel', email: 'exempel@example.org' } };
const laxhjalp = { ...base, id: 'laxhjalpen', stated: { kind: 'new-organisation', name: 'Läxhjälpen' },
  areas: ['ungas-halsa-och-livsstil'], targetGroups: ['unga'], districts: ['rosengard'], seeks: ['premises'] };
const fritid = { ...base, id: 'fritid', stated: { kind: 'department', department: 'fritidsforvaltningen' },
  areas: ['ungas-halsa-och-livsstil'], targetGroups: ['unga'], districts: ['rosengard'], offers: ['premises'] };

const [best] = rankMatches(laxhjalp, [fritid], { agreement: malmo });
assert.equal(best.name, 'Fritidsförvaltningen');
assert.equal(best.explanation[0], 'Båda arbetar med unga i Rosengård.');
assert.equal(JSON.stringify(best).includes('example.org'), false); // ingen kontaktperson
console.log(best.score.toFixed(2), best.explanation.join(' '));
