import assert from 'node:assert/strict';
import { rankMatches } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const base = { consent: { matching: true, listing: true }, contact: { name: 'Example', email: 'example@example.org' } };
const homework = { ...base, id: 'homework', stated: { kind: 'new-organisation', name: 'Homework help' },
  areas: ['ungas-halsa-och-livsstil'], targetGroups: ['unga'], seeks: ['premises'] };
const leisure = { ...base, id: 'leisure', stated: { kind: 'department', department: 'fritidsforvaltningen' },
  areas: ['ungas-halsa-och-livsstil'], targetGroups: ['unga'], offers: ['premises'] };

const [best] = rankMatches(homework, [leisure], { agreement: malmo, locale: 'en' });
assert.equal(best.name, 'Leisure Department');
assert.equal(best.explanation[0], 'Both work with young people.');
console.log(best.explanation.join(' '));
assert.equal(JSON.stringify(best).includes('example.org'), false);
