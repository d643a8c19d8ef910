import { MUNICIPALITIES_DATA } from './data.js';

/**
 * Kommun: one of Sweden's 290 municipalities with its kommunkod from SCB (the first two digits are the
 * län).
 *
 * @example
 * ```ts
 * const m: MunicipalityEntry = { code: '1280', name: 'Malmö' };
 * ```
 */
export interface MunicipalityEntry {
  code: string;
  name: string;
}

let byCode: Map<string, MunicipalityEntry> | undefined;
let byName: Map<string, MunicipalityEntry> | undefined;

function index(): { byCode: Map<string, MunicipalityEntry>; byName: Map<string, MunicipalityEntry> } {
  if (!byCode || !byName) {
    byCode = new Map();
    byName = new Map();
    for (const pair of MUNICIPALITIES_DATA.split(';')) {
      const entry = { code: pair.slice(0, 4), name: pair.slice(5) };
      byCode.set(entry.code, entry);
      byName.set(nameKey(entry.name), entry);
    }
  }
  return { byCode, byName };
}

function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('sv');
}

// Official names that are not the SCB name plus "kommun" or "stad".
const ALIASES: Readonly<Record<string, string>> = { falu: '2080' };

/**
 * Every municipality, in kommunkod order.
 *
 * @example
 * ```ts
 * municipalities().length; // 290
 * ```
 */
export function municipalities(): readonly MunicipalityEntry[] {
  return [...index().byCode.values()];
}

/**
 * The municipality with a kommunkod, or `undefined`.
 *
 * @example
 * ```ts
 * municipalityByCode('1280')?.name; // 'Malmö'
 * ```
 */
export function municipalityByCode(code: string): MunicipalityEntry | undefined {
  return index().byCode.get(code.trim());
}

/**
 * The municipality with a name, written as SCB does ("Malmö") or as the kommun calls itself
 * ("Malmö stad", "Lunds kommun", "Region Gotland"); case does not matter.
 *
 * @example
 * ```ts
 * municipalityByName('Lunds kommun')?.code; // '1281'
 * ```
 */
export function municipalityByName(name: string): MunicipalityEntry | undefined {
  const { byName: names, byCode: codes } = index();
  const key = nameKey(name)
    .replace(/^region\s+/, '')
    .replace(/\s+(kommun|stad)$/, '');
  const alias = ALIASES[key];
  if (alias) return codes.get(alias);
  // "Lunds kommun": the genitive s is dropped when the name without it is a municipality.
  return names.get(key) ?? (key.endsWith('s') ? names.get(key.slice(0, -1)) : undefined);
}
