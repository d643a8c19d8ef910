export {
  yearlyReport,
  type YearlyReport,
  type ReportInput,
  type ReportRow,
  type ReportAmount,
  type ReportGrantTotal,
  type HostingStatus,
} from './yearly-report.js';
export { reportToMarkdown } from './markdown.js';
export { reportToCsv } from './csv.js';
