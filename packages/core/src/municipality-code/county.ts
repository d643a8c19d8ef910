/**
 * Län: one of Sweden's 21 counties with its länskod from SCB — the two digits that also begin each of
 * its kommuners' codes — and the name its region goes by. A region (the former landsting) is a party of
 * an agreement by this code: Region Skåne 12, Västra Götalandsregionen 14.
 *
 * @example
 * ```ts
 * const skane: CountyEntry = { code: '12', name: 'Skåne län', region: 'Region Skåne' };
 * ```
 */
export interface CountyEntry {
  code: string;
  name: string;
  region: string;
}

// SCB's länskoder. Gotland has no region of its own: Region Gotland is a kommun (0980) with a region's tasks.
const COUNTIES: readonly CountyEntry[] = [
  { code: '01', name: 'Stockholms län', region: 'Region Stockholm' },
  { code: '03', name: 'Uppsala län', region: 'Region Uppsala' },
  { code: '04', name: 'Södermanlands län', region: 'Region Sörmland' },
  { code: '05', name: 'Östergötlands län', region: 'Region Östergötland' },
  { code: '06', name: 'Jönköpings län', region: 'Region Jönköpings län' },
  { code: '07', name: 'Kronobergs län', region: 'Region Kronoberg' },
  { code: '08', name: 'Kalmar län', region: 'Region Kalmar län' },
  { code: '09', name: 'Gotlands län', region: 'Region Gotland' },
  { code: '10', name: 'Blekinge län', region: 'Region Blekinge' },
  { code: '12', name: 'Skåne län', region: 'Region Skåne' },
  { code: '13', name: 'Hallands län', region: 'Region Halland' },
  { code: '14', name: 'Västra Götalands län', region: 'Västra Götalandsregionen' },
  { code: '17', name: 'Värmlands län', region: 'Region Värmland' },
  { code: '18', name: 'Örebro län', region: 'Region Örebro län' },
  { code: '19', name: 'Västmanlands län', region: 'Region Västmanland' },
  { code: '20', name: 'Dalarnas län', region: 'Region Dalarna' },
  { code: '21', name: 'Gävleborgs län', region: 'Region Gävleborg' },
  { code: '22', name: 'Västernorrlands län', region: 'Region Västernorrland' },
  { code: '23', name: 'Jämtlands län', region: 'Region Jämtland Härjedalen' },
  { code: '24', name: 'Västerbottens län', region: 'Region Västerbotten' },
  { code: '25', name: 'Norrbottens län', region: 'Region Norrbotten' },
];

/**
 * Every county, in länskod order.
 *
 * @example
 * ```ts
 * counties().length; // 21
 * ```
 */
export function counties(): readonly CountyEntry[] {
  return COUNTIES;
}

/**
 * The county with a länskod, or `undefined`.
 *
 * @example
 * ```ts
 * countyByCode('14')?.region; // 'Västra Götalandsregionen'
 * ```
 */
export function countyByCode(code: string): CountyEntry | undefined {
  return COUNTIES.find((c) => c.code === code.trim());
}

/**
 * The county whose region has a name ("Region Skåne", "Västra Götalandsregionen"); case does not matter.
 *
 * @example
 * ```ts
 * countyByRegionName('region skåne')?.code; // '12'
 * ```
 */
export function countyByRegionName(name: string): CountyEntry | undefined {
  const key = name.trim().toLocaleLowerCase('sv');
  return COUNTIES.find((c) => c.region.toLocaleLowerCase('sv') === key);
}
