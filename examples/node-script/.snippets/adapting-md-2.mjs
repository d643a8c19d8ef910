import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defineAgreement } from '@samverkan/core';

const json = JSON.parse(readFileSync(new URL('../../other-kommun/agreement.json', import.meta.url), 'utf8'));
const result = defineAgreement(json, { locale: 'en' });
assert.equal(result.ok, true);
console.log(result.agreement.plans[0].areas.map((a) => a.name.en));
