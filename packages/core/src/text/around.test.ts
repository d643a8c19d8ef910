import { describe, expect, it } from 'vitest';
import { ui as ar } from '../locales/ar/ui.js';
import { ui as sv } from '../locales/sv/ui.js';
import { around } from './around.js';

describe('around', () => {
  it("gives the text on either side of a value in a pack's sentence, in any word order", () => {
    expect(around((n) => sv.areaList.planPeriod(n, '13 juni 2018', '31 december 2022'))).toEqual(['', ', 13 juni 2018 – 31 december 2022', true]);
    const [before, after, found] = around((n) => ar.areaList.planPeriod(n, 'a', 'b'));
    expect(found).toBe(true);
    expect(before + 'Samarbetsplan 2018–2022' + after).toBe(ar.areaList.planPeriod('Samarbetsplan 2018–2022', 'a', 'b'));
  });

  it('gives the whole sentence when it leaves the value out', () => {
    expect(around(() => 'Plan')).toEqual(['Plan', '', false]);
  });
});
