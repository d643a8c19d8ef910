import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../organisation/organisation.js';
import { malmoCopy } from '../../test/rules-helper.js';
import { fnv1a } from '../_lib/fnv.js';
import { indexAgreement } from './agreement-index.js';

/** The index of Malmö's agreement with these organisations in place of its own. */
const indexOf = (ids: readonly string[]) => {
  const agreement = malmoCopy();
  agreement.organisations = ids.map((id, i): Organisation => ({ id, name: `Förening ${i}` }));
  const { organisations, organisationsAgain } = indexAgreement(agreement);
  return { get: organisations.get.bind(organisations), has: organisations.has.bind(organisations), again: organisationsAgain };
};

/** What one Map of first positions answers, for comparison. */
const firstPositions = (ids: readonly string[]) => {
  const first = new Map<string, number>();
  ids.forEach((id, i) => first.has(id) || first.set(id, i));
  return first;
};

describe('the agreement index’s organisations by id', () => {
  it('finds the first organisation with each id and lists the later ones, as a Map of first positions would', () => {
    // Few letters, so that ids repeat and share slots of the table.
    const id = fc.stringMatching(/^[ab0-]{1,4}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 80 }), fc.array(id, { maxLength: 10 }), (ids, asked) => {
        const index = indexOf(ids);
        const first = firstPositions(ids);
        expect(index.again).toEqual(ids.flatMap((id, i) => (first.get(id) === i ? [] : [i])));
        for (const id of [...ids, ...asked]) {
          const at = first.get(id);
          expect(index.has(id)).toBe(at !== undefined);
          expect(index.get(id)).toEqual(at === undefined ? undefined : { item: expect.objectContaining({ id }), path: ['organisations', at] });
        }
      }),
    );
  });

  it('tells apart two ids whose numbers are the same', () => {
    // The numbers are seeded per process, so the pair is sought here: among 200 000 random ids about 18
    // pairs share a 30-bit number (ids that differ only in a counter rarely do).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    let state = 17;
    const letter = () => 'abcdefghijklmnopqrstuvwxyz0123456789'[((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) % 36];
    for (let i = 0; pair === undefined && i < 200_000; i++) {
      const id = `forening-${Array.from({ length: 8 }, letter).join('')}`;
      const other = seen.get(fnv1a(id));
      if (other === undefined) seen.set(fnv1a(id), id);
      else pair = [other, id];
    }
    const [a, b] = pair!;
    expect(fnv1a(a)).toBe(fnv1a(b));
    const index = indexOf([a, b, b]);
    expect(index.get(a)?.path).toEqual(['organisations', 0]);
    expect(index.get(b)?.path).toEqual(['organisations', 1]);
    expect(index.again).toEqual([2]);
  });

  it('answers an absent or non-string id as a Map would: not there', () => {
    const index = indexOf(['kvarnby-ik']);
    expect(index.get(undefined as unknown as string)).toBeUndefined();
    expect(index.has(undefined as unknown as string)).toBe(false);
    expect(index.has('')).toBe(false);
  });
});
