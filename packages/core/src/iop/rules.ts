import type { Finding, Rule } from '../rule/rule.js';
import { localize } from '../text/localize.js';

/**
 * An IOP is set down in writing, for a period, and evaluated when planned. An IOP is a formal
 * partnership agreement (seed 002; SKR's criteria: "tydliggörs i skrift och handling som samfinansierad
 * och ömsesidig samverkansrelation"), so one without a written agreement or without a period is reported,
 * and so is a planned evaluation whose date has passed without it being done. A period that ends before
 * it starts is an error.
 */
export const iopRecord: Rule = {
  id: 'iop',
  check({ agreement, day, timeRules }) {
    const findings: Finding[] = [];
    agreement.iops?.forEach((iop, i) => {
      const path = ['iops', i];
      const name = localize(iop.name);
      if (!iop.writtenAgreement) findings.push({ code: 'iop_without_written_agreement', path, severity: 'warning', params: { name } });
      if (!iop.period) findings.push({ code: 'iop_without_period', path, severity: 'warning', params: { name } });
      else if (iop.period.end !== undefined && iop.period.end < iop.period.start) {
        findings.push({ code: 'term_ends_before_start', path: [...path, 'period', 'end'], severity: 'error', params: { from: iop.period.start, to: iop.period.end } });
      }
      if (timeRules) {
        iop.evaluations?.forEach((e, j) => {
          if (e.done !== true && e.date < day) {
            findings.push({ code: 'iop_evaluation_overdue', path: [...path, 'evaluations', j, 'date'], severity: 'warning', params: { name, value: e.date } });
          }
        });
      }
    });
    return findings;
  },
};
