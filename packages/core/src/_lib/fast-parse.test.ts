import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { expectSameAsZod } from '../../test/same-as-zod.js';
import { fastSafeParse, isSlug } from './fast-parse.js';

const Slug = z.string().check(z.regex(/^[a-z]+$/));
const Trimmed = z.string().check(z.trim(), z.minLength(1), z.maxLength(8));
const Kind = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('a'), n: z.int().check(z.gte(0)) }),
  z.strictObject({ kind: z.literal('b'), on: z.optional(z.boolean()) }),
]);
const Schema = z.strictObject({
  id: Slug,
  name: Trimmed,
  when: z.optional(z.iso.date()),
  size: z.optional(z.number().check(z.positive(), z.lte(100))),
  tags: z.optional(z.array(z.enum(['x', 'y'])).check(z.maxLength(3))),
  label: z.optional(z.catchall(z.object({ sv: Trimmed }), z.string())),
  either: z.optional(z.union([Slug, z.strictObject({ ref: Slug })])),
  kinds: z.array(Kind),
  loose: z.optional(z.object({ a: z.optional(z.string()) })),
  map: z.optional(z.record(z.string(), z.boolean())),
});

const valid = {
  id: 'abc',
  name: '  Namn ',
  when: '2024-02-29',
  size: 3.5,
  tags: ['x', 'y'],
  label: { sv: ' Hej', en: 'Hi' },
  either: { ref: 'q' },
  kinds: [{ kind: 'a', n: 2 }, { kind: 'b' }],
  loose: { a: 'k', extra: 1 },
  map: { k: true },
};

// A value near a valid one: a key set to another value (often one that still reads), removed, or added.
const near = fc
  .tuple(
    fc.constantFrom(...Object.keys(valid), 'extra', '__proto__'),
    fc.oneof(
      fc.jsonValue(),
      fc.constant(undefined),
      fc.constantFrom(' x ', 'abc', '2023-02-29', 0, -1, 101, 2.5, [], ['x', 'x', 'x', 'x'], { kind: 'a', n: 1.5 }, { sv: '' }, { ref: 'q', more: 1 }),
    ),
    fc.boolean(),
  )
  .map(([key, value, remove]) => {
    const input: Record<string, unknown> = JSON.parse(JSON.stringify(valid));
    if (remove) delete input[key];
    else Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
    return input;
  });

describe('fastSafeParse', () => {
  it('reads a valid value as zod does: trimmed, defaults left out, the same keys in the same order', () => {
    const result = fastSafeParse(Schema, valid);
    expect(result.success).toBe(true);
    expect(result.data?.name).toBe('Namn');
    expect(result.data?.loose).toEqual({ a: 'k' });
    // Plain objects, as zod's: Object.prototype, the constructor Object, nothing of their own besides the fields.
    for (const object of [result.data, result.data?.loose, result.data?.kinds[0]]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(object?.constructor).toBe(Object);
      expect(Reflect.ownKeys(object!)).toEqual(Object.keys(object!));
    }
    expectSameAsZod(Schema, valid);
  });

  it('gives exactly zod’s verdict, issues and output for any value near a valid one', () => {
    fc.assert(fc.property(near, (input) => expectSameAsZod(Schema, input)), { numRuns: 400 });
  });

  it('gives exactly zod’s verdict for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => expectSameAsZod(Schema, input)), { numRuns: 200 });
  });

  it('leaves a value that throws when read to zod, which throws as before', () => {
    const input = { ...valid, get name(): string { throw new Error('boom'); } };
    expect(() => fastSafeParse(Schema, input)).toThrow('boom');
  });

  it('reads keys written in another order than the shape’s into zod’s order', () => {
    const { kinds, id, ...rest } = valid;
    expectSameAsZod(Schema, { kinds, ...rest, id });
  });

  it('reads a key that is there but not enumerable, as zod does', () => {
    for (const [key, value] of [['when', '2024-13-01'], ['when', '2024-01-01'], ['size', 3], ['id', 'abc'], ['extra', 1]] as const) {
      const input = JSON.parse(JSON.stringify(valid));
      delete input[key];
      Object.defineProperty(input, key, { value, enumerable: false });
      expectSameAsZod(Schema, input);
    }
  });

  it('reads an object whose fields come from its prototype, as zod does', () => {
    const { when, size, ...rest } = valid;
    expectSameAsZod(Schema, Object.assign(Object.create({ when, size }), rest));
    expectSameAsZod(Schema, Object.assign(Object.create({ when: 'not a day' }), rest));
    expectSameAsZod(Schema, Object.assign(Object.create(null), valid));
    // A class's getter is on its prototype and not enumerable: `for…in` does not list it, zod reads it.
    class WithDay {
      get when() {
        return '2024-13-01';
      }
    }
    expectSameAsZod(Schema, Object.assign(new WithDay(), rest));
  });

  it('reads as zod does when a script has given Object.prototype a field of the shape', () => {
    const { size: _size, ...rest } = valid;
    for (const value of [7, 'seven']) {
      Object.defineProperty(Object.prototype, 'size', { value, configurable: true, writable: true });
      try {
        expectSameAsZod(Schema, JSON.parse(JSON.stringify(rest)));
      } finally {
        delete (Object.prototype as Record<string, unknown>).size;
      }
    }
    expectSameAsZod(Schema, rest);
  });

  it('reads a string with a pattern as zod does, a pattern with the global flag included, on every call', () => {
    const Global = z.string().check(z.regex(/^a+$/g));
    for (const input of ['aaa', 'aaa', 'ab', 'a', '', 1, undefined]) {
      expectSameAsZod(Global, input);
      expectSameAsZod(Slug, input);
    }
  });

  it('reads a text (trim, then a least length) as zod does: trimmed, code points counted where zod counts them', () => {
    // The shape of every name and title (Text): trim, then minLength, and nothing else.
    const texts = [1, 2, 3].map((n) => z.string().check(z.trim(), z.minLength(n)));
    const samples = ['Namn', '  Namn ', ' ', '', 'a', ' a ', 'ab', '\u00a0x\u00a0', '\ufeffx', '\ud83d\ude00', ' \ud83d\ude00 ', '\ud83d\ude00\ud83d\ude00', '\ud83d', 'a\ud83d\ude00', 1, undefined, null, ['a'], { a: 1 }];
    for (const Text of texts) for (const input of samples) expectSameAsZod(Text, input);
    const units = fc.constantFrom('a', 'ö', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\ud83d', '\ude00', '\ud83d\ude00');
    fc.assert(fc.property(fc.string({ unit: units, maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (s, n) => expectSameAsZod(z.string().check(z.trim(), z.minLength(n)), s)), { numRuns: 2000 });
    // Another `when`, or another overwrite, is left to zod's own checks.
    const Upper = z.string().check(z.toUpperCase(), z.minLength(1));
    const longOnly = z.minLength(1);
    longOnly._zod.def.when = (payload) => typeof payload.value === 'string' && payload.value.length > 3;
    const WhenLong = z.string().check(z.trim(), longOnly);
    for (const input of samples) {
      expectSameAsZod(Upper, input);
      expectSameAsZod(WhenLong, input);
    }
    // The fast path is the one taken: zod's own length check is not called for a text of two or more units.
    const Probe = z.string().check(z.trim(), z.minLength(1));
    const length = Probe._zod.def.checks![1]!._zod;
    const check = length.check;
    let calls = 0;
    length.check = (payload) => {
      calls++;
      return check(payload);
    };
    expect(fastSafeParse(Probe, '  Namn ').data).toBe('Namn');
    expect(calls).toBe(0);
    // One unit is where zod counts code points: its own check decides.
    expect(fastSafeParse(Probe, ' x ').data).toBe('x');
    expect(calls).toBe(1);
  });

  it('does not change its input', () => {
    const input = JSON.parse(JSON.stringify(valid));
    const before = JSON.stringify(input);
    fastSafeParse(Schema, input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reads an id by a loop that agrees with the id pattern on every string of up to four characters from a telling alphabet, and on random ones', () => {
    const regex = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    // One character of each kind the pattern tells apart, and the neighbours of each range's ends.
    const alphabet = ['a', 'z', '0', '9', '-', '`', '{', '/', ':', 'A', '_', ' ', '\n', 'é', '\u0130', '\ud83d'];
    let level = [''];
    const all = [''];
    for (let length = 1; length <= 4; length++) {
      level = level.flatMap((s) => alphabet.map((c) => s + c));
      all.push(...level);
    }
    expect(all.length).toBe(1 + 16 + 16 ** 2 + 16 ** 3 + 16 ** 4);
    expect(all.filter((s) => isSlug(s) !== regex.test(s))).toEqual([]);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '1', '-', 'A', ' ', '\n') }), (s) => isSlug(s) === regex.test(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => isSlug(s) === regex.test(s)), { numRuns: 1000 });
    for (const input of ['ungas-halsa', 'a', '-a', 'a-', 'a--b', 'A', '', 1, undefined, 'a\n']) expectSameAsZod(z.string().check(z.regex(regex)), input);
  });
});
