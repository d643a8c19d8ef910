import type { Agreement } from '../agreement/agreement.js';
import type { IssueParams, IssuePath, RuleIssueCode, Severity } from '../issue/issue.js';
import type { AgreementIndex } from './agreement-index.js';

/** What a rule sees: the agreement read by the schema, an index of its ids, and the day it is checked on. */
export interface RuleContext {
  agreement: Agreement;
  index: AgreementIndex;
  /** `YYYY-MM-DD`: the day time rules are measured on (capped at the termination date). */
  day: string;
  /** Whether the time rules apply: not for a draft. */
  timeRules: boolean;
}

/** One thing a rule found; the engine adds the severity override and the message. */
export interface Finding {
  code: RuleIssueCode;
  path: IssuePath;
  severity: Severity;
  params?: IssueParams;
}

/** A parameter a rule takes: its default (if it has one) and the range a setting must stay within. */
export interface RuleParam {
  default?: number;
  min: number;
  max: number;
}

/**
 * A rule: a small pure function over the agreement, with a stable id a kommun can switch off or tune.
 * `params` declares what it takes; the engine checks an agreement's settings against it, so the function
 * only ever sees values in range.
 */
export interface Rule {
  id: string;
  params?: Readonly<Record<string, RuleParam>>;
  check: (ctx: RuleContext, params: Readonly<Record<string, number>>) => Finding[];
}

/**
 * The term check every dated membership shares (hosting seats, coordinator posts, working-group seats,
 * grants): a term that ends before it starts is an error, reported at its `to`.
 */
export function endsBeforeStart(term: { from?: string | undefined; to?: string | undefined }, path: IssuePath): Finding[] {
  return term.from !== undefined && term.to !== undefined && term.to < term.from
    ? [{ code: 'term_ends_before_start', path: [...path, 'to'], severity: 'error', params: { from: term.from, to: term.to } }]
    : [];
}
