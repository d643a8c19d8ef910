import { describe, expect, it } from 'vitest';
import { municipalities, municipalityByCode, municipalityByName } from './municipality-code.js';

// The 21 län and their two-digit codes, which begin every kommunkod.
const LAN = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];

describe('the kommunkoder', () => {
  it('cover all 290 municipalities, each code once, in order', () => {
    const all = municipalities();
    expect(all).toHaveLength(290);
    expect(new Set(all.map((m) => m.code)).size).toBe(290);
    expect(new Set(all.map((m) => m.name)).size).toBe(290);
    expect([...all.map((m) => m.code)].sort()).toEqual(all.map((m) => m.code));
  });

  it('begin with one of the 21 län codes, and every län has municipalities', () => {
    const prefixes = new Set(municipalities().map((m) => m.code.slice(0, 2)));
    expect([...prefixes].sort()).toEqual(LAN);
  });

  it('hold the counts per län SCB gives (Skåne 33, Västra Götaland 49, Stockholm 26, Gotland 1)', () => {
    const count = (lan: string) => municipalities().filter((m) => m.code.startsWith(lan)).length;
    expect(count('12')).toBe(33);
    expect(count('14')).toBe(49);
    expect(count('01')).toBe(26);
    expect(count('09')).toBe(1);
  });
});

describe('municipalityByCode', () => {
  it('finds Malmö by 1280 and nothing by a code that is not in use', () => {
    expect(municipalityByCode('1280')).toEqual({ code: '1280', name: 'Malmö' });
    expect(municipalityByCode('0180')?.name).toBe('Stockholm');
    expect(municipalityByCode('1279')).toBeUndefined();
    expect(municipalityByCode('12800')).toBeUndefined();
  });
});

describe('municipalityByName', () => {
  it('finds a municipality by its SCB name or the name it calls itself', () => {
    expect(municipalityByName('Malmö')?.code).toBe('1280');
    expect(municipalityByName('Malmö stad')?.code).toBe('1280');
    expect(municipalityByName('Lunds kommun')?.code).toBe('1281');
    expect(municipalityByName('Borås Stad')?.code).toBe('1490');
    expect(municipalityByName('Region Gotland')?.code).toBe('0980');
    expect(municipalityByName('Falu kommun')?.code).toBe('2080');
    expect(municipalityByName('göteborgs stad')?.code).toBe('1480');
    expect(municipalityByName('Upplands-Bro kommun')?.code).toBe('0139');
  });

  it('finds nothing for a name that is not a municipality', () => {
    expect(municipalityByName('Skåne')).toBeUndefined();
    expect(municipalityByName('')).toBeUndefined();
  });
});
