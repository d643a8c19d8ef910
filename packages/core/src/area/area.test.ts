import { describe, expect, it } from 'vitest';
import { isInForce } from '../hosting/hosting.js';
import { AreaPhase, currentHost, type PriorityArea } from './area.js';
import { AREA_PHASE_LABELS } from './phase-labels.js';
import { AREA_PHASES } from './phases.js';

const area: PriorityArea = {
  id: 'a',
  name: { sv: 'A' },
  description: { sv: 'A' },
  status: 'active',
  phase: 'dialogue-and-matching',
  hosts: [
    { side: 'sector', host: 'miso', from: '2019-01-01', to: '2020-12-31' },
    { side: 'sector', host: 'mip', from: '2021-01-01' },
    { side: 'municipality', host: 'fritidsforvaltningen', from: '2019-03-01' },
  ],
};

describe('the five phases of work in an area', () => {
  it('run in the order seed 003 gives, each with a Swedish and an English name', () => {
    expect(AREA_PHASES).toEqual([
      'identifying-hosts',
      'dialogue-and-matching',
      'development-and-innovation',
      'results-and-dissemination',
      'evaluation-and-follow-up',
    ]);
    for (const phase of AREA_PHASES) expect(AREA_PHASE_LABELS[phase].en).toBeTruthy();
    // The schema's enum is written out apart from AREA_PHASES; they must stay the same list.
    expect(AreaPhase.options).toEqual([...AREA_PHASES]);
  });
});

describe('currentHost', () => {
  it('finds the seat in force on the day, per side', () => {
    expect(currentHost(area, 'sector', '2020-12-31')?.host).toBe('miso');
    expect(currentHost(area, 'sector', '2021-01-01')?.host).toBe('mip');
    expect(currentHost(area, 'municipality', '2019-03-01')?.host).toBe('fritidsforvaltningen');
  });

  it('is undefined when the seat is vacant on that day', () => {
    expect(currentHost(area, 'sector', '2018-12-31')).toBeUndefined();
    expect(currentHost(area, 'municipality', '2019-02-28')).toBeUndefined();
  });
});

describe('isInForce', () => {
  it('includes both ends and treats a missing end as open', () => {
    expect(isInForce({ from: '2019-01-01', to: '2019-12-31' }, '2019-01-01')).toBe(true);
    expect(isInForce({ from: '2019-01-01', to: '2019-12-31' }, '2020-01-01')).toBe(false);
    expect(isInForce({}, '1900-01-01')).toBe(true);
  });
});
