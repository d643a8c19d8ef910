export {
  Agreement,
  AgreementStatus,
  DeclarationOfIntent,
  Municipality,
  Party,
  HistoryEvent,
  Responsibilities,
  getCurrentPlan,
} from './agreement.js';
export { defineAgreement, type DefineOptions, type DefineResult } from './define.js';
export { YearlyReportRecord } from './yearly-report-record.js';
