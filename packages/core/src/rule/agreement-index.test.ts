import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../organisation/organisation.js';
import { malmoCopy } from '../../test/rules-helper.js';
import { fnv1a } from '../_lib/fnv.js';
import { defineAgreement } from '../agreement/define.js';
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

/** Every citation by id in any object's `sources` below the top level, by a plain walk that copies its path at every step: what the index's walk must find. */
function citationsByEveryKey(agreement: object): { item: string; path: (string | number)[] }[] {
  const found: { item: string; path: (string | number)[] }[] = [];
  const walk = (node: object, path: (string | number)[]): void => {
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : [];
    if (!Array.isArray(node)) for (const key in node) entries.push([key, (node as Record<string, unknown>)[key]]);
    for (const [key, value] of entries) {
      if (value === null || typeof value !== 'object') continue;
      if (key === 'sources' && !Array.isArray(node)) {
        if (path.length > 0 && Array.isArray(value)) {
          value.forEach((r: unknown, i) => {
            if (r !== null && typeof r === 'object' && 'source' in r && typeof r.source === 'string') found.push({ item: r.source, path: [...path, 'sources', i, 'source'] });
          });
        }
      } else walk(value, [...path, key]);
    }
  };
  walk(agreement, []);
  return found;
}

describe('the agreement index’s citations', () => {
  const ref = fc.oneof(
    fc.record({ source: fc.constantFrom('malmo-lok-2019', 'okand-kalla', 'a') }, { noNullPrototype: true }),
    fc.record({ source: fc.constantFrom('b'), locator: fc.constant('s. 3') }, { noNullPrototype: true }),
    fc.constant({ url: 'https://example.org/a', read: '2024-01-01' }),
  );
  const sources = fc.option(fc.array(ref, { maxLength: 3 }), { nil: undefined });
  const organisation = fc
    .record({ sources, formal: fc.option(fc.record({ statutes: fc.boolean(), sources }), { nil: undefined }), members: fc.option(fc.record({ sources }), { nil: undefined }), districts: fc.boolean(), reversed: fc.boolean() })
    .map(({ sources, formal, members, districts, reversed }) => (i: number) => {
      const org: Record<string, unknown> = { id: `org-${i}`, name: `Förening ${i}`, kind: 'association' };
      if (formal) org.formal = strip(formal);
      if (members) org.metaorganisation = strip({ members: ['miso'], ...members });
      if (districts) org.districts = ['rosengard'];
      if (sources) org.sources = sources;
      // Keys in another order than the shape's: the schema's output has the shape's order.
      return reversed ? Object.fromEntries(Object.entries(org).reverse()) : org;
    });
  const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

  it('finds every citation in document order with its path, as a plain walk over every key does', () => {
    fc.assert(
      fc.property(fc.array(organisation, { maxLength: 12 }), fc.option(fc.array(ref, { maxLength: 2 }), { nil: undefined }), (makers, topSources) => {
        const input = malmoCopy() as unknown as Record<string, any>;
        input.organisations.push(...makers.map((make, i) => make(i)));
        // A citation on a department and on a grant category too, where the preset has none.
        if (topSources) {
          input.departments[0].sources = topSources;
          if (input.grantCategories[0]) input.grantCategories[0].sources = topSources;
        }
        const parsed = defineAgreement(input);
        expect(parsed.ok).toBe(true);
        const agreement = parsed.agreement!;
        const expected = citationsByEveryKey(agreement);
        expect(indexAgreement(agreement).sourceCitations).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('finds the preset’s citations, an organisation’s and its formal markers’ among them', () => {
    const input = malmoCopy() as unknown as Record<string, any>;
    input.organisations.push({ id: 'x', name: 'X', formal: { board: true, sources: [{ source: 'a' }] }, metaorganisation: { members: ['miso'], sources: [{ source: 'b' }] }, sources: [{ source: 'c' }] });
    const agreement = defineAgreement(input).agreement!;
    const found = indexAgreement(agreement).sourceCitations;
    expect(found.length).toBeGreaterThan(3);
    expect(found).toEqual(citationsByEveryKey(agreement));
    const at = agreement.organisations.length - 1;
    expect(found.filter((c) => c.path[1] === at)).toEqual([
      { item: 'a', path: ['organisations', at, 'formal', 'sources', 0, 'source'] },
      { item: 'b', path: ['organisations', at, 'metaorganisation', 'sources', 0, 'source'] },
      { item: 'c', path: ['organisations', at, 'sources', 0, 'source'] },
    ]);
  });

  it('finds what for…in lists, a key a script has given Object.prototype included', () => {
    const agreement = defineAgreement(malmoCopy()).agreement!;
    (Object.prototype as Record<string, unknown>).sources = [{ source: 'inherited' }];
    try {
      const found = indexAgreement(agreement).sourceCitations;
      expect(found.some((c) => c.item === 'inherited')).toBe(true);
      expect(found).toEqual(citationsByEveryKey(agreement));
    } finally {
      delete (Object.prototype as Record<string, unknown>).sources;
    }
  });
});
