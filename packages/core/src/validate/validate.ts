import { toDay } from '../_lib/day.js';
import { resolveLocale } from '../locales/resolve.js';
import type { Agreement } from '../agreement/agreement.js';
import { defineAgreement, type DefineOptions } from '../agreement/define.js';
import { formatPath, type Issue, type IssueParams, type LocaleMessages, type Severity } from '../issue/issue.js';
import { findSubject } from '../issue/subject.js';
import { localize } from '../text/localize.js';
import { indexAgreement } from '../rule/agreement-index.js';
import { RULE_LIST } from './registry.js';
import type { Finding, RuleContext } from '../rule/rule.js';
import type { RuleSettings } from '../rule/settings.js';

/**
 * The ids of the agreement's rules, each switchable and tunable per agreement through its `rules`
 * settings: `unique-ids`, `references`, `party-sides`, `national-principles`, `municipality-code`,
 * `hosting-seats`, `host-eligibility`, `hosting-agreement`, `hosting-terms`, `coordinators`,
 * `coordinator-attachment`, `working-group`, `metaorganisation-members`, `duplicate-organisations`,
 * `informal-scope`, `organisation-number`, `geography`, `grant-duration`, `grant-requirements`,
 * `grant-recipient`, `grant-grantor`, `plan-period`, `plan-revision`, `yearly-report`, `area-time-frame`.
 *
 * @example
 * ```ts
 * RULES.includes('hosting-seats'); // true
 * ```
 */
export const RULES: readonly string[] = RULE_LIST.map((r) => r.id);

/**
 * Options for {@link validateAgreement}.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { locale: 'en', today: '2019-05-13', rules: { 'hosting-seats': { enabled: false } } };
 * ```
 */
export interface ValidateOptions extends DefineOptions {
  /** The day the time rules are measured on: a `Date` or `YYYY-MM-DD`. Defaults to today. */
  today?: Date | string;
  /** Rule settings that override the agreement's own `rules`. */
  rules?: RuleSettings;
}

/**
 * The outcome of {@link validateAgreement}: `ok` when no issue is an error; the issues, errors first;
 * the agreement when the schema could read it; and how many issues there are of each severity.
 *
 * @example
 * ```ts
 * const { ok, counts } = validateAgreement(json);
 * console.log(ok, counts.error, counts.warning);
 * ```
 */
export interface ValidationResult {
  ok: boolean;
  issues: readonly Issue[];
  agreement?: Agreement;
  counts: Record<Severity, number>;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks an agreement — any value, unknown JSON included — against the schema and then against the
 * agreement's rules: hosting, coordinators, the working group, who counts as idéburen, references,
 * grants and the time rules. Returns issues with a stable code, the JSON path, a severity and a message
 * in Swedish (default) or English that says what to do. Never throws on bad input.
 *
 * Each rule can be switched off, given another severity, or given parameters per agreement — in the
 * agreement's `rules` or in `options.rules`; each rule so switched off or changed is reported as an
 * `info` issue (`rule_disabled`, `rule_adjusted`). A rule that fails is reported as `rule_failed` and
 * the others still run.
 *
 * @throws {RangeError} when `options.today` is not a valid `Date` nor a real day as `YYYY-MM-DD`
 * (2019-02-30 is not): a programmer error, checked before any rule runs.
 *
 * @example
 * ```ts
 * import { validateAgreement } from '@samverkan/core';
 * import { malmo } from '@samverkan/core/presets/malmo';
 *
 * const result = validateAgreement(malmo, { today: '2019-05-13', locale: 'en' });
 * result.ok; // true: no errors
 * result.issues.filter((i) => i.severity === 'warning').map((i) => i.message);
 * ```
 */
export function validateAgreement(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const locale = resolveLocale(options.locale);
  const defined = defineAgreement(input, { locale });
  if (!defined.ok) return finish(defined.issues, undefined);
  const agreement = defined.agreement;

  // A bad `today` is the caller's mistake, not the agreement's: a RangeError, as documented.
  const today = toDay(options.today);
  const terminated = agreement.status.state === 'terminated' ? agreement.status.date : undefined;
  const ctx: RuleContext = {
    agreement,
    index: indexAgreement(agreement),
    // Time stops for an agreement on the day it ends.
    day: terminated !== undefined && terminated < today ? terminated : today,
    timeRules: agreement.status.state !== 'draft',
  };

  const settings = mergeSettings(agreement.rules, options.rules);
  const issues: Issue[] = [];
  const known = new Set(RULES);
  for (const [id] of Object.entries(settings)) {
    if (!known.has(id)) {
      const fromAgreement = agreement.rules && id in agreement.rules;
      issues.push(render({ code: 'unknown_rule', path: fromAgreement ? ['rules', id] : [], severity: 'warning', params: { value: id } }, agreement, locale));
    }
  }
  if (terminated !== undefined && terminated < today) {
    issues.push(render({ code: 'agreement_terminated', path: ['status'], severity: 'info', params: { to: terminated } }, agreement, locale));
  }
  for (const rule of RULE_LIST) {
    const setting = settings[rule.id];
    const fromAgreement = agreement.rules?.[rule.id] !== undefined;
    const settingPath = fromAgreement ? ['rules', rule.id] : [];
    // What the data exempts itself from is said in every output, so a reader sees it.
    if (setting?.enabled === false) {
      issues.push(render({ code: 'rule_disabled', path: settingPath, severity: 'info', params: { value: rule.id, fromAgreement } }, agreement, locale, rule.id));
      continue;
    }
    const changed = Object.entries(setting?.params ?? {}).map(([name, value]) => `${name} = ${value}`);
    if (setting?.severity !== undefined || changed.length > 0) {
      issues.push(
        render(
          { code: 'rule_adjusted', path: settingPath, severity: 'info', params: { value: rule.id, fromAgreement, ...(setting?.severity ? { severity: setting.severity } : {}), options: changed } },
          agreement,
          locale,
          rule.id,
        ),
      );
    }
    const params: Record<string, number> = {};
    for (const [name, spec] of Object.entries(rule.params ?? {})) if (spec.default !== undefined) params[name] = spec.default;
    for (const [name, value] of Object.entries(setting?.params ?? {})) {
      const spec = rule.params?.[name];
      if (spec && value >= spec.min && value <= spec.max) {
        params[name] = value;
      } else {
        // Out of range or unknown: say so, and keep the default rather than let the rule misbehave.
        const fromAgreement = agreement.rules?.[rule.id]?.params?.[name] !== undefined;
        issues.push(
          render(
            {
              code: 'invalid_rule_param',
              path: fromAgreement ? ['rules', rule.id, 'params', name] : [],
              severity: 'warning',
              params: { rule: rule.id, param: name, value: String(value), ...(spec ? { minimum: spec.min, maximum: spec.max } : { options: Object.keys(rule.params ?? {}) }) },
            },
            agreement,
            locale,
          ),
        );
      }
    }
    let findings: Finding[];
    try {
      findings = rule.check(ctx, params);
    } catch (error) {
      // A rule must not take the others down with it: a failing rule is a bug, reported as an issue.
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      issues.push(render({ code: 'rule_failed', path: [], severity: 'error', params: { value: rule.id, detail } }, agreement, locale, rule.id));
      continue;
    }
    for (const finding of findings) {
      issues.push(render({ ...finding, severity: setting?.severity ?? finding.severity }, agreement, locale, rule.id));
    }
  }
  return finish(issues, agreement);
}

/** Per rule, the caller's settings win over the agreement's, field by field and parameter by parameter. */
function mergeSettings(own: RuleSettings | undefined, given: RuleSettings | undefined): RuleSettings {
  const merged: RuleSettings = { ...own };
  for (const [id, setting] of Object.entries(given ?? {})) {
    const base = merged[id];
    merged[id] = base ? { ...base, ...setting, params: { ...base.params, ...setting.params } } : setting;
  }
  return merged;
}

function finish(issues: readonly Issue[], agreement: Agreement | undefined): ValidationResult {
  const sorted = [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of sorted) counts[issue.severity]++;
  return { ok: counts.error === 0, issues: sorted, ...(agreement ? { agreement } : {}), counts };
}

function render(finding: Finding, agreement: Agreement, locale: LocaleMessages, rule?: string): Issue {
  const subject = findSubject(agreement, finding.path);
  const last = finding.path[finding.path.length - 1];
  const params: IssueParams = {
    ...(last !== undefined ? { field: String(last) } : {}),
    path: formatPath(finding.path),
    // The executive board by the agreement's own name for it (kommunstyrelsen, regionstyrelsen).
    board: localize(agreement.municipality.executiveBoard.name, locale.locale),
    ...(subject ? { subjectKind: subject.kind, ...(subject.name ? { subjectName: subject.name } : {}) } : {}),
    ...finding.params,
  };
  return {
    code: finding.code,
    ...(rule !== undefined ? { rule } : {}),
    path: finding.path,
    severity: finding.severity,
    message: locale.messages[finding.code](params),
    params,
  };
}
