import { describe, expect, it } from 'vitest';
import { localize } from './localize.js';

describe('localize', () => {
  const text = { sv: 'Jämlik fritid och kultur', en: 'Equal leisure and culture' };

  it('picks the requested language', () => {
    expect(localize(text, 'en')).toBe('Equal leisure and culture');
    expect(localize(text, 'sv')).toBe('Jämlik fritid och kultur');
  });

  it('uses Swedish when no language is given', () => {
    expect(localize(text)).toBe('Jämlik fritid och kultur');
  });

  it('falls back from a regional tag to its language, then to Swedish', () => {
    expect(localize(text, 'en-GB')).toBe('Equal leisure and culture');
    expect(localize(text, 'de')).toBe('Jämlik fritid och kultur');
    expect(localize({ sv: 'Dialog', en: '' }, 'en')).toBe('Dialog');
  });

  it('uses any further language the text carries', () => {
    expect(localize({ sv: 'Mångfald', fi: 'Moninaisuus' }, 'fi')).toBe('Moninaisuus');
  });
});
