import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { malmo } from '../presets/malmo/malmo.js';
import { agreementJsonSchema } from './json-schema.js';

// An independent validator reads the generated schema, as an editor would.
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(agreementJsonSchema());

describe('agreementJsonSchema', () => {
  it('is a draft 2020-12 schema with a title', () => {
    const schema = agreementJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toContain('överenskommelse');
  });

  it('accepts the Malmöandan preset, with a $schema key as an editor would write it', () => {
    const ok = validate({ $schema: './agreement.schema.json', ...JSON.parse(JSON.stringify(malmo)) });
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what defineAgreement rejects: a missing name, a bad date, a misspelt key, an unsafe link', () => {
    const broken = JSON.parse(JSON.stringify(malmo));
    delete broken.organisations[0].name;
    broken.adopted = '2017-13-14';
    broken.prinicples = [];
    broken.organisations[1].website = 'javascript:alert(1)';
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/organisations/0 required',
        '/adopted format',
        ' additionalProperties',
        '/organisations/1/website pattern',
      ]),
    );
  });

  it('requires Swedish in every human text and lets other languages be added', () => {
    const textSchema = JSON.stringify(agreementJsonSchema());
    expect(textSchema).toContain('"required":["sv"]');
    const withFinnish = JSON.parse(JSON.stringify(malmo));
    withFinnish.vision.fi = 'Tasa-arvoisempi, avoimempi ja demokraattisempi kaupunki.';
    expect(validate(withFinnish)).toBe(true);
    delete withFinnish.vision.sv;
    expect(validate(withFinnish)).toBe(false);
  });
});
