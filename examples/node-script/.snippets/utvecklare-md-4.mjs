import assert from 'node:assert/strict';
import { mandatePeriodAt, municipalityByCode, parseOrganisationNumber } from '@samverkan/core';

assert.deepEqual(parseOrganisationNumber('212000-1124'), { ok: true, number: { value: '212000-1124', group: 2 } });
assert.deepEqual(parseOrganisationNumber('900101-2385'), { ok: false, error: 'personnummer' });
assert.equal(municipalityByCode('1280').name, 'Malmö');
assert.equal(mandatePeriodAt('2019-05-13').start, '2018-10-15');
