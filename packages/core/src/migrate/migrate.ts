/**
 * The version of the agreement file format this library writes.
 *
 * @example
 * ```ts
 * FORMAT_VERSION; // '0.2'
 * ```
 */
export const FORMAT_VERSION = '0.2';

/**
 * One change {@link migrateAgreement} made: what it was (`signatories-to-joined`, `format-version`) and
 * where, as a JSON path.
 *
 * @example
 * ```ts
 * const c: MigrationChange = { change: 'signatories-to-joined', path: ['declarationOfIntent', 'signatories'], count: 32 };
 * ```
 */
export interface MigrationChange {
  change: 'signatories-to-joined' | 'format-version';
  path: (string | number)[];
  count?: number;
}

/**
 * The outcome of {@link migrateAgreement}: the agreement in the current format (a new object when
 * anything changed; the input itself otherwise) and what was changed.
 *
 * @example
 * ```ts
 * const { agreement, changes } = migrateAgreement(old);
 * ```
 */
export interface MigrationResult {
  agreement: unknown;
  changes: MigrationChange[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Upgrades an agreement written for 0.1 to the current format, without changing the input:
 *
 * - the declaration of intent's `signatories` become entries of the joining register `joined`
 *   (`to: "declaration-of-intent"`, dated by the declaration's year) — seed 000 says the organisations
 *   "medverkat eller anslutit sig", which is what the register records;
 * - `formatVersion` is set to `0.2`.
 *
 * Everything else in a 0.1 file is valid 0.2 as it stands (an agreement without `organising` is read as
 * 0.1 meant it: värdskap, coordinators and a working group). Anything that is not an agreement-shaped
 * object is returned as it is, for the schema to report. Never throws.
 *
 * @example
 * ```ts
 * import { migrateAgreement, defineAgreement } from '@samverkan/core';
 * const { agreement, changes } = migrateAgreement(JSON.parse(text));
 * console.log(changes.length, defineAgreement(agreement).ok);
 * ```
 */
export function migrateAgreement(input: unknown): MigrationResult {
  try {
    if (!isRecord(input) || input.formatVersion !== undefined) return { agreement: input, changes: [] };
    const changes: MigrationChange[] = [];
    const out: Record<string, unknown> = { ...input };
    const declaration = input.declarationOfIntent;
    if (isRecord(declaration) && Array.isArray(declaration.signatories)) {
      const { signatories, ...rest } = declaration;
      const year = typeof declaration.year === 'number' && Number.isInteger(declaration.year) ? String(declaration.year).padStart(4, '0') : undefined;
      const entries = (signatories as unknown[]).map((organisation) => ({
        organisation,
        to: 'declaration-of-intent',
        ...(year !== undefined ? { date: year } : {}),
      }));
      out.declarationOfIntent = rest;
      out.joined = [...(Array.isArray(input.joined) ? input.joined : []), ...entries];
      changes.push({ change: 'signatories-to-joined', path: ['declarationOfIntent', 'signatories'], count: entries.length });
    }
    // Keep `$schema` first, then the version, then the rest as written.
    const { $schema, ...body } = out;
    const agreement = { ...($schema !== undefined ? { $schema } : {}), formatVersion: FORMAT_VERSION, ...body };
    changes.push({ change: 'format-version', path: ['formatVersion'] });
    return { agreement, changes };
  } catch {
    // A getter that throws or a proxy: leave it to the schema to say what is wrong.
    return { agreement: input, changes: [] };
  }
}
