import assert from 'node:assert/strict';
import { electionDate, municipalityByName, parseOrganisationNumber } from '@samverkan/core';

assert.equal(parseOrganisationNumber('802000-0009').number.group, 8); // ideell förening or stiftelse
assert.equal(parseOrganisationNumber('212000-1125').error, 'checksum');
assert.equal(municipalityByName('Lunds kommun').code, '1281');
assert.equal(electionDate(2026), '2026-09-13');
