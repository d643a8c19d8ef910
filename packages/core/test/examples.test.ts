import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineAgreement, getCurrentPlan } from '../src/agreement/index.js';
import { agreementJsonSchema } from '../src/json-schema/json-schema.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8'));

describe('examples/other-kommun', () => {
  const json = read('other-kommun/agreement.json');

  it('is read by defineAgreement with no issues', () => {
    const result = defineAgreement(json);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('validates against the shipped JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(agreementJsonSchema());
    expect(validate(json)).toBe(true);
  });

  it('differs from Malmöandan: relabelled principles, one of its own, no värdskap, several sector parties', () => {
    const { agreement } = defineAgreement(json);
    expect(agreement!.principles.find((p) => p.national === 'independence')?.label.sv).toBe('Oberoende och självständighet');
    expect(agreement!.principles.filter((p) => !p.national).map((p) => p.id)).toEqual(['barnets-basta']);
    expect(getCurrentPlan(agreement!)!.areas.every((a) => a.hosts!.length === 0)).toBe(true);
    expect(agreement!.roles!.workingGroup?.composition).not.toContain('host');
    expect(agreement!.parties.filter((p) => p.side === 'sector')).toHaveLength(2);
  });
});

// The real agreements (examples/goteborg, vastra-gotaland, uppsala), each written from public sources:
// read by the model and by the JSON Schema a kommun edits against, `$comment`, sources and all.
describe.each(['goteborg', 'vastra-gotaland', 'uppsala'])('examples/%s', (name) => {
  const json = read(`${name}/agreement.json`);

  it('is read by defineAgreement with no issues', () => {
    const result = defineAgreement(json);
    expect(result.issues).toEqual([]);
    expect(result.agreement!.id).toBe(name);
  });

  it('validates against the shipped JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(agreementJsonSchema());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});
