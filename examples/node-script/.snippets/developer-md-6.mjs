import assert from 'node:assert/strict';
import { PublicInterest, rankMatches, toListing, toPublicInterest } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';

const contact = { name: 'Example', email: 'example@example.org' };
const consent = { matching: true, listing: true };
const mine = { id: 'mine', stated: { kind: 'new-organisation', name: 'Homework help' }, areas: ['ungas-halsa-och-livsstil'],
  targetGroups: ['unga'], seeks: ['premises'], consent, contact };
const published = [{ id: 'leisure', stated: { kind: 'department', department: 'fritidsforvaltningen' },
  areas: ['ungas-halsa-och-livsstil'], targetGroups: ['unga'], offers: ['premises'], consent, contact }].map(toPublicInterest);

assert.equal(published.every((c) => PublicInterest.safeParse(c).success), true);
const [best] = rankMatches(mine, published, { listing: toListing(malmo), locale: 'en' });
assert.equal(best.name, 'Leisure Department');
