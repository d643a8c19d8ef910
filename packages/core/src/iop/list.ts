// Schema-free: what an IOP looks like in a list, for the CLI, the JS API and the exports.
import { actorNames } from '../agreement/actor-names.js';
import type { Agreement } from '../agreement/agreement.js';
import { localize } from '../text/localize.js';
import type { IopCriterion } from './iop.js';

/**
 * One IOP as a row: names resolved, the money each side puts in summed, whether it has a written
 * agreement, its next evaluation, and how many of SKR's criteria are marked met.
 *
 * @example
 * ```ts
 * const [row] = listIops(agreement);
 * row?.parties; // ['Arbetsmarknads- och socialförvaltningen', 'Kvinnojouren']
 * ```
 */
export interface IopRow {
  id: string;
  name: string;
  purpose: string;
  parties: string[];
  start?: string;
  end?: string;
  decisionReference?: string;
  writtenAgreement: boolean;
  /** The sum of the contributions in money, in SEK. */
  moneySek: number;
  /** How many contributions are in kind. */
  inKind: number;
  /** The first evaluation not yet done, if any. */
  nextEvaluation?: string;
  criteriaMet: number;
  criteriaAssessed: number;
  /** The criteria marked as not met. */
  criteriaNotMet: IopCriterion[];
}

/**
 * Lists an agreement's IOPs (idéburna offentliga partnerskap) with their parties by name, in a language.
 *
 * @example
 * ```ts
 * import { listIops } from '@samverkan/core';
 * for (const iop of listIops(agreement, 'en')) console.log(iop.name, iop.moneySek);
 * ```
 */
export function listIops(agreement: Agreement, locale = 'sv'): IopRow[] {
  const names = actorNames(agreement, locale);
  return (agreement.iops ?? []).map((iop) => {
    const criteria = Object.entries(iop.criteria ?? {}) as [IopCriterion, boolean][];
    const next = (iop.evaluations ?? []).filter((e) => e.done !== true).map((e) => e.date).sort()[0];
    return {
      id: iop.id,
      name: localize(iop.name, locale),
      purpose: localize(iop.purpose, locale),
      parties: iop.parties.map((p) => names.get(p) ?? p),
      ...(iop.period ? { start: iop.period.start, ...(iop.period.end ? { end: iop.period.end } : {}) } : {}),
      ...(iop.decisionReference ? { decisionReference: iop.decisionReference } : {}),
      writtenAgreement: iop.writtenAgreement !== undefined,
      moneySek: iop.contributions.reduce((sum, c) => sum + (c.kind === 'money' ? (c.amountSek ?? 0) : 0), 0),
      inKind: iop.contributions.filter((c) => c.kind === 'in-kind').length,
      ...(next ? { nextEvaluation: next } : {}),
      criteriaMet: criteria.filter(([, met]) => met).length,
      criteriaAssessed: criteria.length,
      criteriaNotMet: criteria.filter(([, met]) => !met).map(([c]) => c),
    };
  });
}
