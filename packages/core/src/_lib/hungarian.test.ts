import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignMinCost } from './hungarian.js';

/** The least total cost by trying every assignment (small matrices only). */
function bruteForce(cost: number[][]): number {
  const rows = cost.length;
  const cols = cost[0]!.length;
  let best = Infinity;
  const used = new Array<boolean>(cols).fill(false);
  const go = (r: number, sum: number, skipped: number) => {
    if (r === rows) {
      best = Math.min(best, sum);
      return;
    }
    // With more rows than columns, some rows go unassigned.
    if (skipped < rows - cols) go(r + 1, sum, skipped + 1);
    for (let c = 0; c < cols; c++) {
      if (!used[c]) {
        used[c] = true;
        go(r + 1, sum + cost[r]![c]!, skipped);
        used[c] = false;
      }
    }
  };
  go(0, 0, 0);
  return best;
}

describe('assignMinCost', () => {
  it('solves a known 3 × 3 case', () => {
    const cost = Float64Array.from([4, 1, 3, 2, 0, 5, 3, 2, 2]);
    expect([...assignMinCost(cost, 3, 3)]).toEqual([1, 0, 2]);
  });

  it('finds the least total cost, for square and rectangular matrices either way round', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 25, maxLength: 25 }), (rows, cols, values) => {
        const matrix = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => values[r * 5 + c]!));
        const result = assignMinCost(Float64Array.from(matrix.flat()), rows, cols);
        const assigned = [...result].filter((c) => c >= 0);
        expect(assigned.length).toBe(Math.min(rows, cols));
        expect(new Set(assigned).size).toBe(assigned.length);
        const total = [...result].reduce((s, c, r) => (c >= 0 ? s + matrix[r]![c]! : s), 0);
        expect(total).toBe(bruteForce(matrix));
      }),
      { numRuns: 300 },
    );
  });
});
