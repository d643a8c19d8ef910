import { isIdeburen, isInformal, type Organisation } from '../organisation/organisation.js';
import type { Side } from './hosting.js';

/**
 * Who stands for a seat: an organisation of the agreement (or one not yet in it, described by what is
 * known of it), or a municipal body — a department or the executive board.
 *
 * @example
 * ```ts
 * const c: HostCandidate = { organisation: { id: 'miso', name: 'MISO', legalForm: 'non-profit-association' } };
 * ```
 */
export interface HostCandidate {
  organisation?: Organisation | undefined;
  municipalBody?: boolean | undefined;
  /** The municipal body is the executive board (kommunstyrelsen, regionstyrelsen), not a department. */
  executiveBoard?: boolean | undefined;
}

/**
 * Why a candidate may not take a seat: `unknown` (no such organisation or body), `informal` (an
 * informal group), `not_ideburen`, `municipal_body` (a department on the sector's seat), `organisation`
 * (an organisation on the municipality's seat) or `executive_board` (the executive board on the
 * municipality's seat, which a förvaltning holds).
 *
 * @example
 * ```ts
 * const why: HostIneligibility = 'informal';
 * ```
 */
export type HostIneligibility = 'unknown' | 'informal' | 'not_ideburen' | 'municipal_body' | 'organisation' | 'executive_board';

/**
 * The hosting rule in one place, for the `host-eligibility` rule and for proposing hosts: the sector's
 * seat is held by a formally constituted idéburen organisation, never an informal group, a company or a
 * department; the municipality's by a department — a förvaltning, never the executive board, a nämnd
 * over the förvaltningar (seed 003: "en värd från en idéburen organisation och en förvaltning"). Returns
 * `undefined` when the candidate may take the seat.
 *
 * @example
 * ```ts
 * hostIneligibility('sector', { organisation: { id: 'x', name: 'X', legalForm: 'informal-group' } }); // 'informal'
 * hostIneligibility('municipality', { municipalBody: true }); // undefined
 * hostIneligibility('municipality', { municipalBody: true, executiveBoard: true }); // 'executive_board'
 * ```
 */
export function hostIneligibility(side: Side, candidate: HostCandidate): HostIneligibility | undefined {
  const { organisation: org, municipalBody, executiveBoard } = candidate;
  if (side === 'municipality') return executiveBoard ? 'executive_board' : municipalBody ? undefined : org ? 'organisation' : 'unknown';
  if (municipalBody) return 'municipal_body';
  if (!org) return 'unknown';
  if (isInformal(org)) return 'informal';
  return isIdeburen(org) ? undefined : 'not_ideburen';
}
