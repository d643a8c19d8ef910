import { addDays, addMonths, addYears, format, parseISO } from 'date-fns';
import { getCurrentPlan } from '../agreement/agreement.js';
import { mandatePeriodsBetween } from '../mandate-period/mandate-period.js';
import { localize } from '../text/localize.js';
import type { Finding, Rule } from '../rule/rule.js';

/** A plan's period ends after it starts; the current plan's period has not run out. */
export const planPeriod: Rule = {
  id: 'plan-period',
  check({ agreement, day, timeRules }) {
    const findings: Finding[] = [];
    agreement.plans.forEach((plan, p) => {
      if (plan.period.end < plan.period.start) {
        findings.push({ code: 'plan_period_invalid', path: ['plans', p, 'period', 'end'], severity: 'error', params: { from: plan.period.start, to: plan.period.end } });
      }
    });
    const current = getCurrentPlan(agreement);
    if (timeRules && current && current.period.end < day && current.period.start <= current.period.end) {
      findings.push({
        code: 'plan_period_ended',
        path: ['plans', agreement.plans.indexOf(current), 'period', 'end'],
        severity: 'warning',
        params: { plan: localize(current.name), to: current.period.end, day },
      });
    }
    return findings;
  },
};

/**
 * The agreement or its plan is revised on its cycle (`revision`). Left out, the plan is revised or updated
 * once per mandate period (Samarbetsplan 2018–2022, seed 003: "Denna samarbetsplan ska revideras eller
 * aktualiseras en gång per mandatperiod"): each mandate period since the agreement was adopted that ended
 * with no plan adopted in it is reported; the running period only once a revision is due, in its last
 * `params.monthsBefore` months (default 12), since the seed asks for a revision within the period, not at
 * its start. A plan counts from its adoption date, or from its start when it has none. With a cycle of N years (Uppsala: every
 * fifth year), each stretch of more than N years without a revision — counted from the adoption, through
 * the agreement's `revisions` (or its plans' adoptions) — is reported.
 */
export const planRevision: Rule = {
  id: 'plan-revision',
  params: { monthsBefore: { default: 12, min: 0, max: 48 } },
  check({ agreement, day, timeRules }, params) {
    if (!timeRules || agreement.adopted > day) return [];
    const cycle = agreement.revision ?? { of: 'plan', every: 'mandate-period' };
    const revisions =
      cycle.of === 'plan'
        ? agreement.plans.map((p) => p.adopted ?? p.period.start)
        : [agreement.adopted, ...(agreement.revisions ?? []).map((r) => r.date)];
    const findings: Finding[] = [];
    if (cycle.every === 'years') {
      const years = cycle.years ?? 4;
      const dates = [...new Set([agreement.adopted, ...revisions])].filter((d) => d <= day).sort();
      dates.forEach((from, k) => {
        const due = format(addYears(parseISO(from), years), 'yyyy-MM-dd');
        const next = dates[k + 1] ?? day;
        if (due < next) {
          findings.push({ code: 'revision_overdue', path: [cycle.of === 'plan' ? 'plans' : 'revisions'], severity: 'warning', params: { from, years, to: due, of: cycle.of } });
        }
      });
      return findings;
    }
    if (agreement.adopted < '1994-10-15') return [];
    for (const period of mandatePeriodsBetween(agreement.adopted, day)) {
      const from = period.start < agreement.adopted ? agreement.adopted : period.start;
      if (revisions.some((d) => d >= from && d <= period.end)) continue;
      const ended = period.end < day;
      const dueFrom = format(addMonths(addDays(parseISO(period.end), 1), -(params.monthsBefore ?? 12)), 'yyyy-MM-dd');
      if (!ended && day < dueFrom) continue;
      findings.push({
        code: ended ? 'plan_not_revised' : 'plan_revision_due',
        path: [cycle.of === 'plan' ? 'plans' : 'revisions'],
        severity: 'warning',
        params: { from: period.start, to: period.end, electionYear: period.electionYear, of: cycle.of, ...(ended ? {} : { dueFrom }) },
      });
    }
    return findings;
  },
};

/**
 * The coordinators report to the executive board yearly — Malmö's to the kommunstyrelsen — and Malmö stad
 * answers for "en årlig rapportering/uppföljning" (seed 003). Every full year since the current plan began that has no report
 * recorded is listed in one warning; the running year's report, until recorded, in a note.
 */
export const yearlyReport: Rule = {
  id: 'yearly-report',
  check({ agreement, day, timeRules }) {
    const plan = getCurrentPlan(agreement);
    if (!timeRules || !plan) return [];
    const reported = new Set((agreement.yearlyReports ?? []).map((r) => r.year));
    const first = Number(plan.period.start.slice(0, 4));
    const thisYear = Number(day.slice(0, 4));
    const lastFull = Math.min(thisYear - 1, Number(plan.period.end.slice(0, 4)));
    const missing: string[] = [];
    for (let y = first; y <= lastFull; y++) if (!reported.has(y)) missing.push(String(y));
    const findings: Finding[] = [];
    if (missing.length > 0) {
      findings.push({ code: 'yearly_reports_missing', path: ['yearlyReports'], severity: 'warning', params: { years: missing, count: missing.length } });
    }
    if (thisYear >= first && day <= plan.period.end && !reported.has(thisYear)) {
      findings.push({ code: 'yearly_report_due', path: ['yearlyReports'], severity: 'info', params: { year: thisYear } });
    }
    return findings;
  },
};

/**
 * An active area past its time frame is flagged: "Vi har utgått från att tidsramen är ca fyra år för ett
 * område" (seed 003). `params.years` sets the agreement's default; an area's own `timeFrameYears` wins,
 * but one far beyond "ca fyra år" — over `params.maxYears` (default 8, twice the seed's) — is itself a
 * warning, so an area cannot quietly exempt itself for decades.
 */
export const areaTimeFrame: Rule = {
  id: 'area-time-frame',
  params: { years: { default: 4, min: 0.5, max: 50 }, maxYears: { default: 8, min: 0.5, max: 50 } },
  check({ index, day, timeRules }, params) {
    const findings: Finding[] = [];
    const maximum = params.maxYears ?? 8;
    for (const { item: area, path } of index.currentAreas) {
      if (area.timeFrameYears !== undefined && area.timeFrameYears > maximum) {
        findings.push({ code: 'area_time_frame_long', path: [...path, 'timeFrameYears'], severity: 'warning', params: { area: localize(area.name), years: area.timeFrameYears, maximum } });
      }
    }
    if (!timeRules) return findings;
    for (const { item: area, path } of index.currentAreas) {
      if (area.status !== 'active' || !area.started) continue;
      const years = area.timeFrameYears ?? params.years ?? 4;
      const until = format(addYears(parseISO(area.started), years), 'yyyy-MM-dd');
      if (until < day) {
        findings.push({
          code: 'area_time_frame_exceeded',
          path: [...path, 'started'],
          severity: 'warning',
          params: { area: localize(area.name), from: area.started, years, to: until },
        });
      }
    }
    return findings;
  },
};

