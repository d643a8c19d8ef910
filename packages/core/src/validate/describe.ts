import type { Severity } from '../issue/issue.js';
import { resolveLocale } from '../locales/resolve.js';
import { issues as sv } from '../locales/sv/issues.js';
import { RULE_LIST } from './registry.js';

/**
 * What `samverkan rules` and the reference say about a rule: its id (what an agreement's `rules`
 * settings and every issue's `rule` name), what it checks, the severity it reports at by default, its
 * parameters with their ranges, and where the rule comes from.
 *
 * @example
 * ```ts
 * const d: RuleDescription = describeRules('en').find((r) => r.id === 'area-time-frame')!;
 * d.params.years; // { description: 'The time frame in years for an area …', min: 0.5, max: 50, default: 4 }
 * ```
 */
export interface RuleDescription {
  id: string;
  description: string;
  severity: Severity;
  /** Each parameter: what it sets, the range a setting must stay within, and its default if it has one. */
  params: Record<string, { description: string; min: number; max: number; default?: number }>;
  source: string;
}

// The severity each rule reports at by default (its most serious finding). Where each rule comes from is
// worded in the language packs (`ruleSources`).
const SEVERITY: Readonly<Record<string, Severity>> = {
  'unique-ids': 'error',
  references: 'error',
  'party-sides': 'error',
  'national-principles': 'warning',
  'municipality-code': 'error',
  'organising-ways': 'warning',
  'hosting-unused': 'error',
  'hosting-seats': 'error',
  'host-eligibility': 'error',
  'hosting-agreement': 'warning',
  'hosting-terms': 'error',
  coordinators: 'error',
  'coordinator-attachment': 'error',
  'working-group': 'error',
  'forum-members': 'error',
  'conference-held': 'info',
  joining: 'error',
  'metaorganisation-members': 'error',
  'study-association-members': 'info',
  'duplicate-organisations': 'warning',
  'informal-scope': 'error',
  'organisation-number': 'error',
  geography: 'warning',
  'grant-duration': 'error',
  'grant-requirements': 'error',
  'grant-recipient': 'warning',
  'grant-grantor': 'warning',
  iop: 'error',
  'plan-period': 'error',
  'plan-revision': 'warning',
  'yearly-report': 'warning',
  'area-time-frame': 'warning',
};

/**
 * Every rule the library runs, described in a language (`sv` by default, `en`): id, what it checks,
 * default severity, parameters with their ranges, and source.
 *
 * @example
 * ```ts
 * import { describeRules } from '@samverkan/core';
 * for (const r of describeRules('en')) console.log(r.id, r.severity, r.description);
 * ```
 */
export function describeRules(locale?: string): RuleDescription[] {
  const pack = resolveLocale(locale);
  const words = pack.rules ?? sv.rules ?? {};
  const sources = pack.ruleSources ?? sv.ruleSources ?? {};
  const paramWords = pack.ruleParams ?? sv.ruleParams ?? {};
  return RULE_LIST.map((rule) => ({
    id: rule.id,
    description: words[rule.id] ?? sv.rules?.[rule.id] ?? rule.id,
    severity: SEVERITY[rule.id] ?? 'error',
    params: Object.fromEntries(
      Object.entries(rule.params ?? {}).map(([name, p]) => [
        name,
        {
          description: paramWords[`${rule.id}.${name}`] ?? sv.ruleParams?.[`${rule.id}.${name}`] ?? name,
          min: p.min,
          max: p.max,
          ...(p.default !== undefined ? { default: p.default } : {}),
        },
      ]),
    ),
    source: sources[rule.id] ?? sv.ruleSources?.[rule.id] ?? '',
  }));
}
