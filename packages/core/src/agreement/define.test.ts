import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameAsZod } from '../../test/same-as-zod.js';
import { mutatedCopies, pathsOf } from '../../test/mutate.js';
import { Agreement } from './agreement.js';
import { ISSUE_CODES, type LocaleMessages } from '../issue/issue.js';
import { en } from '../locales/en/index.js';
import { malmo } from '../presets/malmo/malmo.js';
import { defineAgreement } from './define.js';

const copy = () => JSON.parse(JSON.stringify(malmo)) as Record<string, any>;

describe('defineAgreement', () => {
  it('returns the typed agreement for a valid one, without the $schema key', () => {
    const input = { $schema: './node_modules/@samverkan/core/dist/agreement.schema.json', ...copy() };
    const result = defineAgreement(input);
    expect(result.ok).toBe(true);
    expect(result.agreement?.id).toBe('malmoandan');
    expect(result.agreement).not.toHaveProperty('$schema');
  });

  it('does not change its input', () => {
    const input = copy();
    input.organisations[0].name = '';
    const before = JSON.stringify(input);
    defineAgreement(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports a missing field as required, naming the thing it belongs to', () => {
    const input = copy();
    delete input.organisations[13].name; // Kvarnby IK
    const result = defineAgreement(input);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({ code: 'required', path: ['organisations', 13, 'name'], severity: 'error' });
    // With no name left, the organisation is named by its id.
    expect(issue!.message).toBe('Organisationen ”kvarnby-ik” saknar ”name”. Lägg till ”name” (se organisations[13].name).');
  });

  it('names an area by its Swedish name in the message', () => {
    const input = copy();
    input.plans[0].areas[1].phase = 'planning';
    const [issue] = defineAgreement(input).issues;
    expect(issue).toMatchObject({ code: 'invalid_choice', path: ['plans', 0, 'areas', 1, 'phase'] });
    expect(issue!.message).toContain('Området ”Jämlik fritid och kultur”: ”phase” kan inte vara ”planning”.');
    expect(issue!.message).toContain('”dialogue-and-matching”');
    expect(issue!.params.options).toContain('identifying-hosts');
  });

  it('writes messages in English when asked', () => {
    const input = copy();
    input.adopted = '14 juni 2017';
    const [issue] = defineAgreement(input, { locale: 'en' }).issues;
    expect(issue).toMatchObject({ code: 'invalid_date', path: ['adopted'] });
    expect(issue!.message).toBe('The agreement: "adopted" is not a valid date. Write the date as YYYY-MM-DD, for example 2017-06-14.');
  });

  it('falls back to Swedish for a language it has no wording for, and takes en-GB as English', () => {
    const input = copy();
    input.adopted = 'x';
    expect(defineAgreement(input, { locale: 'fi' }).issues[0]!.message).toContain('Skriv datumet som ÅÅÅÅ-MM-DD');
    expect(defineAgreement(input, { locale: 'en-GB' }).issues[0]!.message).toContain('Write the date as YYYY-MM-DD');
  });

  it('uses a locale the host application supplies', () => {
    const nb: LocaleMessages = { ...en, locale: 'nb', messages: { ...en.messages, invalid_date: () => 'Skriv datoen som ÅÅÅÅ-MM-DD.' } };
    const input = copy();
    input.adopted = 'x';
    expect(defineAgreement(input, { locale: nb }).issues[0]!.message).toBe('Skriv datoen som ÅÅÅÅ-MM-DD.');
  });

  it('reports each unknown field, so a misspelt key is not silently dropped', () => {
    const input = copy();
    input.prinicples = input.principles;
    input.organisations[0].webiste = 'https://example.org';
    const issues = defineAgreement(input).issues;
    expect(issues.map((i) => [i.code, i.path.join('.')]).sort()).toEqual([
      ['unknown_field', 'organisations.0.webiste'],
      ['unknown_field', 'prinicples'],
    ]);
    expect(issues.find((i) => i.path[0] === 'organisations')!.message).toContain('Organisationen ”Malmö Ideella föreningars Paraplyorganisation” har fältet ”webiste”');
  });

  it('explains ids, web addresses, organisation numbers and kommunkoder with an example', () => {
    const input = copy();
    input.departments[0].id = 'Fritidsförvaltningen';
    input.organisations[1].website = 'javascript:alert(1)';
    input.organisations[2].organisationNumber = '12345';
    input.municipality.code = '128';
    const byCode = Object.fromEntries(defineAgreement(input).issues.map((i) => [i.code, i]));
    expect(byCode.invalid_id?.message).toContain('”Fritidsförvaltningen” går inte att använda som id');
    expect(byCode.invalid_url?.message).toContain('börjar med http:// eller https://');
    expect(byCode.invalid_organisation_number_format?.message).toContain('till exempel 802000-0009');
    expect(byCode.invalid_municipality_code?.message).toContain('till exempel 1280 för Malmö');
  });

  it('reports a wrong type, an empty text and too few parties', () => {
    const input = copy();
    input.principles = 'alla sex';
    input.vision.sv = '   ';
    input.parties = [input.parties[0]];
    const codes = defineAgreement(input).issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['wrong_type', 'empty_text', 'too_few']));
  });

  it('says what a terminated agreement needs', () => {
    const input = copy();
    input.status = { state: 'terminated', date: '2024-03-06' };
    const issues = defineAgreement(input).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'required', path: ['status', 'reason'] });
    input.status.reason = { sv: 'Kommunstyrelsen beslutade att avveckla överenskommelsen.' };
    expect(defineAgreement(input).ok).toBe(true);
  });

  it('expresses a sector side of several parties, as Malmö’s plan 2021–2026 had', () => {
    const input = copy();
    input.parties = [
      { id: 'malmo-stad', name: 'Malmö stad', side: 'municipality' },
      { id: 'malmo-ideella', name: 'Malmö Ideella', side: 'sector' },
      { id: 'miso', name: 'MISO', side: 'sector', organisation: 'miso' },
    ];
    expect(defineAgreement(input).ok).toBe(true);
  });

  it('rejects input that is not an object with one clear issue', () => {
    for (const input of [null, 42, 'agreement', [], undefined]) {
      const result = defineAgreement(input);
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]!.path).toEqual([]);
      expect(['wrong_type', 'required']).toContain(result.issues[0]!.code);
    }
  });

  it('never throws and always returns well-formed issues, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = defineAgreement(input);
        expect(result.ok).toBe(false);
        for (const issue of result.issues) {
          expect(ISSUE_CODES).toContain(issue.code);
          expect(issue.message.length).toBeGreaterThan(10);
          expect(issue.message).not.toMatch(/undefined|\[object Object\]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on the preset with any one field replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(mutatedCopies(copy(), 2), ({ input, locale }) => {
        const result = defineAgreement(input, { locale });
        for (const issue of result.issues) {
          expect(issue.message).not.toMatch(/undefined|\[object Object\]/);
          expect(issue.path.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reports a getter that throws as an issue instead of throwing', () => {
    const input = copy();
    Object.defineProperty(input, 'vision', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = defineAgreement(input);
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.code).toBe('invalid_value');
  });
});

describe('defineAgreement’s precompiled path', () => {
  // A value at one path of Malmö's agreement replaced by one that often still reads: padded text, a
  // value left undefined, a key removed or added, or any JSON.
  const near = fc
    .tuple(fc.constantFrom(...pathsOf(malmo, 2)), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constantFrom(' x ', 'ny-id', '2020-01-01', 1, true, [], {})), fc.constantFrom('set', 'delete', 'add'))
    .map(([path, value, how]) => {
      const input = JSON.parse(JSON.stringify(malmo));
      let node = input;
      for (const seg of path.slice(0, -1)) node = node[seg];
      const last = path[path.length - 1]!;
      if (how === 'delete') delete node[last];
      else if (how === 'add' && node && typeof node === 'object' && !Array.isArray(node)) node[`extra${String(last)}`] = value;
      else node[last] = typeof node[last] === 'string' && typeof value === 'string' ? ` ${node[last]} ` : value;
      return input;
    });

  it('reads any agreement near Malmö’s exactly as zod does: the same verdict, issues and output', () => {
    expectSameAsZod(Agreement, JSON.parse(JSON.stringify(malmo)));
    fc.assert(fc.property(near, (input) => expectSameAsZod(Agreement, input)), { numRuns: 300 });
  });
});

describe('defineAgreement’s precompiled path on organisations written in other ways', () => {
  // The path reads an object by the keys it has; these are the ways an object can have a key that
  // `for…in` does not list, list one the shape does not expect, or list them out of the shape's order.
  const keys = ['$comment', 'id', 'name', 'kind', 'formal', 'website', 'districts', 'sources', 'extra'];
  const valueFor = (key: string) =>
    ({ $comment: 'note', id: 'ny-id', name: ' Ny förening ', kind: 'association', formal: { board: true }, website: 'https://example.org', districts: ['rosengard'], sources: [] })[key] ?? 1;
  const ways = ['first', 'hidden', 'undefined', 'inherited', 'class'] as const;

  it('reads an organisation with a key moved first, hidden from for…in, undefined, inherited or from a class, exactly as zod does', () => {
    const base = JSON.parse(JSON.stringify(malmo));
    fc.assert(
      fc.property(fc.nat(base.organisations.length - 1), fc.constantFrom(...keys), fc.constantFrom(...ways), fc.boolean(), (i, key, how, keep) => {
        const input = JSON.parse(JSON.stringify(malmo));
        const org = input.organisations[i];
        const value = keep && key in org ? org[key] : valueFor(key);
        const { [key]: _dropped, ...rest } = org;
        if (how === 'first') input.organisations[i] = { [key]: value, ...rest };
        else if (how === 'hidden') input.organisations[i] = Object.defineProperty(rest, key, { value, enumerable: false });
        else if (how === 'undefined') input.organisations[i] = { ...org, [key]: undefined };
        else if (how === 'inherited') input.organisations[i] = Object.assign(Object.create({ [key]: value }), rest);
        else {
          class Held {}
          Object.defineProperty(Held.prototype, key, { get: () => value });
          input.organisations[i] = Object.assign(new Held(), rest);
        }
        expectSameAsZod(Agreement, input);
      }),
      { numRuns: 300 },
    );
  });
});
