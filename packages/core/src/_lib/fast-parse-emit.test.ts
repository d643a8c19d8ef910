import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { expectSameAsZod } from '../../test/same-as-zod.js';
import { Agreement } from '../agreement/agreement.js';
import { AGREEMENT_PARSERS } from '../agreement/agreement-parsers.generated.js';
import { malmo } from '../presets/malmo/malmo.js';
import { emitParsers } from './fast-parse-emit.js';
import { fastSafeParse, planParser, schemaAt, useGeneratedParsers, type GeneratedParser } from './fast-parse.js';

/**
 * The emitted module's parsers, run here as the build would run the file. Only a test may turn source
 * text into code: the library itself ships the file written by scripts/write-parsers.ts.
 */
function load(source: string): readonly GeneratedParser[] {
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as Record<string, readonly GeneratedParser[]> };
  new Function('module', 'exports', code)(module, module.exports);
  return Object.values(module.exports)[0]!;
}

const Slug = z.string().check(z.regex(/^[a-z]+$/));
const Trimmed = z.string().check(z.trim(), z.minLength(1), z.maxLength(8));
const Inner = z.strictObject({ on: z.optional(z.boolean()), tags: z.optional(z.array(z.string())), $note: z.optional(z.string()) });
const Schema = z.strictObject({
  id: Slug,
  name: Trimmed,
  flag: z.boolean(),
  // Schemas that read a missing value: zod still wants the first key there, and leaves the second out when absent.
  anything: z.unknown(),
  maybe: z.optional(z.catch(z.string(), 'none')),
  when: z.optional(z.iso.date()),
  day: z.optional(z.iso.date()),
  inner: z.optional(Inner),
  list: z.optional(z.array(Inner)),
  label: z.optional(z.catchall(z.object({ sv: Trimmed }), z.string())),
  loose: z.optional(z.object({ a: z.optional(z.string()), b: z.string() })),
  either: z.optional(z.union([Slug, z.strictObject({ ref: Slug })])),
});
const Root = z.strictObject({ items: z.array(Schema), other: z.optional(z.string()) });
const parsers = load(emitParsers(Root, [['items']], 'PARSERS', 'a test schema'));
const Items = schemaAt(Root, ['items'])!;

const valid = {
  id: 'abc',
  name: '  Namn ',
  flag: true,
  anything: 'a',
  maybe: 'm',
  when: '2024-02-29',
  inner: { on: false, tags: ['x'], $note: 'n' },
  list: [{}, { on: true }],
  label: { sv: ' Hej', en: 'Hi' },
  loose: { b: 'k', extra: 1 },
  either: { ref: 'q' },
};
const copy = () => JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;

// A value near a valid one: a key set to another value (often one that still reads), removed, or added.
const near = fc
  .tuple(
    fc.constantFrom(...Object.keys(valid), 'extra', '__proto__', 'constructor'),
    fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constantFrom(' x ', 'abc', '2023-02-29', true, [], [{}], { on: 1 }, { b: 1 }, { ref: 'q', more: 1 })),
    fc.constantFrom('set', 'remove', 'hide', 'inherit'),
  )
  .map(([key, value, how]) => {
    const input = copy();
    if (how !== 'set') delete input[key];
    if (how === 'set') Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
    if (how === 'hide') Object.defineProperty(input, key, { value, enumerable: false });
    return how === 'inherit' ? Object.assign(Object.create({ [key]: value }), input) : input;
  });

describe('emitted parsers', () => {
  it('are in use for a schema whose plan is the one they were written from, and not for any other', () => {
    expect(useGeneratedParsers(Root, parsers)).toBe(1);
    const Changed = z.strictObject({ items: z.array(z.strictObject({ ...Schema.def.shape, more: z.optional(z.string()) })) });
    expect(useGeneratedParsers(Changed, parsers)).toBe(0);
    expect(planParser(schemaAt(Changed, ['items'])!).signature).not.toBe(parsers[0]!.signature);
  });

  it('read a valid list as zod does: trimmed, the same keys in the same order, plain objects', () => {
    useGeneratedParsers(Root, parsers);
    const result = fastSafeParse(Items, [valid, copy()]);
    expect(result.success).toBe(true);
    expect((result.data as { name: string }[])[0]!.name).toBe('Namn');
    const object = (result.data as object[])[1]!;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(object.constructor).toBe(Object);
    expect(Reflect.ownKeys(object)).toEqual(Object.keys(object));
    expectSameAsZod(Items, [valid]);
  });

  it('give exactly zod’s verdict, issues and output for any item near a valid one, hidden and inherited keys included', () => {
    useGeneratedParsers(Root, parsers);
    fc.assert(fc.property(fc.array(near, { maxLength: 3 }), (items) => expectSameAsZod(Items, [copy(), ...items])), { numRuns: 600 });
  });

  it('give exactly zod’s verdict for any JSON value', () => {
    useGeneratedParsers(Root, parsers);
    fc.assert(fc.property(fc.jsonValue(), (input) => expectSameAsZod(Items, [input])), { numRuns: 200 });
  });

  it('read keys written in another order than the shape’s into zod’s order', () => {
    useGeneratedParsers(Root, parsers);
    const { either, id, ...rest } = valid;
    expectSameAsZod(Items, [{ either, ...rest, id }]);
    expectSameAsZod(Items, [{ ...valid, inner: { tags: ['y'], on: true } }]);
  });

  it('read an item with a key that is there but not enumerable, or left out, as zod does', () => {
    useGeneratedParsers(Root, parsers);
    for (const [key, value] of [['when', '2024-13-01'], ['when', '2024-01-01'], ['when', undefined], ['id', 'abc'], ['extra', 1]] as const) {
      const input = copy();
      delete input[key];
      Object.defineProperty(input, key, { value, enumerable: false });
      expectSameAsZod(Items, [input]);
    }
    const { id: _id, ...noId } = valid;
    expectSameAsZod(Items, [noId]);
    expectSameAsZod(Items, [{ ...valid, when: undefined }]);
  });

  it('read an item whose fields come from its prototype, or with no prototype, as zod does', () => {
    useGeneratedParsers(Root, parsers);
    const { when, flag, ...rest } = valid;
    expectSameAsZod(Items, [Object.assign(Object.create({ when, flag }), rest)]);
    expectSameAsZod(Items, [Object.assign(Object.create({ when: 'not a day', flag }), rest)]);
    expectSameAsZod(Items, [Object.assign(Object.create(null), valid)]);
    class WithDay {
      get when() {
        return '2024-13-01';
      }
    }
    expectSameAsZod(Items, [Object.assign(new WithDay(), { ...rest, flag })]);
  });

  it('read as zod does when a script has given Object.prototype a field of the shape', () => {
    useGeneratedParsers(Root, parsers);
    // (`day` rather than `when`: zod's own checks read a `when` of their definitions.)
    for (const value of ['2024-01-01', 'not a day']) {
      Object.defineProperty(Object.prototype, 'day', { value, configurable: true, writable: true });
      try {
        expectSameAsZod(Items, [copy()]);
      } finally {
        delete (Object.prototype as Record<string, unknown>).day;
      }
    }
    expectSameAsZod(Items, [copy()]);
  });

  it('leave a value that throws when read to zod, which throws as before', () => {
    useGeneratedParsers(Root, parsers);
    const input = { ...valid, get name(): string { throw new Error('boom'); } };
    expect(() => fastSafeParse(Items, [input])).toThrow('boom');
  });
});

describe('the agreement’s emitted parsers', () => {
  it('are what scripts/write-parsers.ts writes today (run `pnpm --filter @samverkan/core run parsers` after changing a schema)', () => {
    const file = readFileSync(new URL('../agreement/agreement-parsers.generated.ts', import.meta.url), 'utf8');
    expect(file).toBe(emitParsers(Agreement, AGREEMENT_PARSERS.map((p) => p.at), 'AGREEMENT_PARSERS', 'the Agreement schema'));
  });

  it('are all in use, the organisations’ among them', () => {
    expect(AGREEMENT_PARSERS.map((p) => p.at.join('.'))).toContain('organisations');
    expect(useGeneratedParsers(Agreement, AGREEMENT_PARSERS)).toBe(AGREEMENT_PARSERS.length);
  });

  it('read any list of organisations near Malmö’s as zod does', () => {
    useGeneratedParsers(Agreement, AGREEMENT_PARSERS);
    const organisations = schemaAt(Agreement, ['organisations'])!;
    const base = JSON.parse(JSON.stringify(malmo.organisations)) as Record<string, unknown>[];
    const keys = [...new Set(base.flatMap((o) => Object.keys(o))), 'formal', 'metaorganisation', 'website', 'extra'];
    const mutated = fc
      .tuple(
        fc.nat({ max: base.length - 1 }),
        fc.constantFrom(...keys),
        fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constantFrom({ statutes: true }, { members: ['a'] }, { members: [] }, 'https://x.se', ' Namn ', '212000-1124')),
        fc.constantFrom('set', 'remove', 'hide'),
      )
      .map(([at, key, value, how]) => {
        const list = structuredClone(base);
        const org = list[at]!;
        if (how !== 'set') delete org[key];
        if (how === 'set') org[key] = value;
        if (how === 'hide') Object.defineProperty(org, key, { value, enumerable: false });
        return list;
      });
    expectSameAsZod(organisations, base);
    fc.assert(fc.property(mutated, (list) => expectSameAsZod(organisations, list)), { numRuns: 300 });
  });
});
