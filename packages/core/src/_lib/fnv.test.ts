import { describe, expect, it, vi } from 'vitest';
import { fnv1a, tableSize } from './fnv.js';

describe('fnv1a', () => {
  it('gives a string the same 30-bit number every time within a process', () => {
    for (const text of ['', 'kvarnby-ik', 'Föreningen Ängen', '😀']) {
      expect(fnv1a(text)).toBe(fnv1a(text));
      expect(fnv1a(text)).toBeGreaterThanOrEqual(0);
      expect(fnv1a(text)).toBeLessThan(2 ** 30);
    }
  });

  it('draws its offset basis anew each time it is loaded, so no one can make up ids that share a number in advance', async () => {
    const numbers = new Set<number>();
    for (let i = 0; i < 4; i++) {
      vi.resetModules();
      numbers.add((await import('./fnv.js')).fnv1a('kvarnby-ik'));
    }
    // Four loads giving one number by chance: about one in 2^90.
    expect(numbers.size).toBeGreaterThan(1);
  });

  it('sizes a table as the smallest power of two from 16 on with at least a third of its slots empty', () => {
    for (const count of [0, 1, 10, 11, 100, 10_000, 65_536]) {
      const size = tableSize(count);
      expect(Number.isInteger(Math.log2(size))).toBe(true);
      expect(size).toBeGreaterThanOrEqual(Math.max(16, count * 1.5));
      expect(size === 16 || size / 2 < count * 1.5).toBe(true);
    }
  });
});
