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
 * d.params.years; // { min: 0.5, max: 50, default: 4 }
 * ```
 */
export interface RuleDescription {
  id: string;
  description: string;
  severity: Severity;
  params: Record<string, { min: number; max: number; default?: number }>;
  source: string;
}

// The severity each rule reports at by default (its most serious finding), and where the rule comes from.
const META: Readonly<Record<string, { severity: Severity; source: string }>> = {
  'unique-ids': { severity: 'error', source: 'samverkan: ids are how data refers to data' },
  references: { severity: 'error', source: 'samverkan: ids are how data refers to data' },
  'party-sides': { severity: 'error', source: 'Seeds 000, 003: an agreement between the kommun and the idéburen sektor' },
  'national-principles': { severity: 'warning', source: 'Seed 002: the six national principles underlie every överenskommelse' },
  'municipality-code': { severity: 'error', source: "SCB's kommunkoder and länskoder" },
  'organising-ways': { severity: 'warning', source: 'samverkan: the ways of organising named are the ones described' },
  'hosting-unused': { severity: 'error', source: 'Seed 003: hosts and phases belong to värdskap' },
  'hosting-seats': { severity: 'error', source: 'Samarbetsplan 2018–2022 (seed 003), "Värdskap": one host from each side per area' },
  'host-eligibility': { severity: 'error', source: 'Seeds 003, 004: an idéburen organisation and a förvaltning host' },
  'hosting-agreement': { severity: 'warning', source: 'Seed 003: an avtal with each hosting organisation' },
  'hosting-terms': { severity: 'error', source: 'Seed 003: one host per side at a time' },
  coordinators: { severity: 'error', source: 'Seeds 001, 003: two coordinators, one per side' },
  'coordinator-attachment': { severity: 'error', source: 'Seed 003: the municipal coordinator is tied to the kommunstyrelse; seed 001: the sector’s to a metaorganisation' },
  'working-group': { severity: 'warning', source: 'Seed 003, "Organisation": the working group’s members' },
  'forum-members': { severity: 'warning', source: 'Västra Götalandsregionen: a working group of politicians and sector representatives' },
  'conference-held': { severity: 'info', source: 'Uppsala: a yearly dialogue conference' },
  joining: { severity: 'error', source: 'Göteborg, Västra Götalandsregionen: organisations join by application; seed 000' },
  'metaorganisation-members': { severity: 'error', source: 'Seed 000: a metaorganisation’s members are organisations' },
  'study-association-members': { severity: 'info', source: 'Seed 000: studieförbund are metaorganisations' },
  'duplicate-organisations': { severity: 'warning', source: 'Seed 000: "Studieförbundet Bilda Sydväst" listed twice' },
  'informal-scope': { severity: 'error', source: 'Seed 004: informal organisations are outside the idéburen sektor' },
  'organisation-number': { severity: 'error', source: 'Skatteverket: organisationsnummer check digit and group' },
  geography: { severity: 'warning', source: 'Seed 004: organisations active in the municipality' },
  'grant-duration': { severity: 'error', source: 'Seed 004: kommunstyrelsens anslag for at most two years' },
  'grant-requirements': { severity: 'error', source: 'Seed 004: föreningsregistret; seed 002: IOP in writing' },
  'grant-recipient': { severity: 'warning', source: 'Seed 004: support to the idéburen sektor' },
  'grant-grantor': { severity: 'warning', source: 'Seed 004: each department’s board sets its rules' },
  iop: { severity: 'warning', source: 'Seed 002; SKR 2017 criteria for IOP' },
  'plan-period': { severity: 'error', source: 'Seed 003: the plan runs for a period' },
  'plan-revision': { severity: 'warning', source: 'Seed 003, "Revidering": once per mandate period; or the agreement’s own cycle' },
  'yearly-report': { severity: 'warning', source: 'Seed 003: the coordinators report yearly to the executive board' },
  'area-time-frame': { severity: 'warning', source: 'Seed 003: "tidsramen är ca fyra år för ett område"' },
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
  const words = resolveLocale(locale).rules ?? sv.rules ?? {};
  return RULE_LIST.map((rule) => ({
    id: rule.id,
    description: words[rule.id] ?? sv.rules?.[rule.id] ?? rule.id,
    severity: META[rule.id]?.severity ?? 'error',
    params: Object.fromEntries(
      Object.entries(rule.params ?? {}).map(([name, p]) => [name, { min: p.min, max: p.max, ...(p.default !== undefined ? { default: p.default } : {}) }]),
    ),
    source: META[rule.id]?.source ?? '',
  }));
}
