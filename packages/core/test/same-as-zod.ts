import * as z from 'zod/mini';
import { expect } from 'vitest';
import { fastSafeParse } from '../src/_lib/fast-parse.js';

/** The same value with the same keys in the same order, `undefined` values included. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.join('\u0000') === kb.join('\u0000') && ka.every((k) => sameValue((a as any)[k], (b as any)[k]));
  }
  return Object.is(a, b);
}

/** Holds the precompiled path to zod's answer: the same verdict, and on success the same output. */
export function expectSameAsZod(schema: z.core.$ZodType, input: unknown): void {
  const ours = fastSafeParse(schema, input);
  const theirs = z.safeParse(schema, input);
  expect(ours.success).toBe(theirs.success);
  if (ours.success && theirs.success) expect(sameValue(ours.data, theirs.data)).toBe(true);
  else expect(ours.error!.issues).toEqual(theirs.error!.issues);
}
