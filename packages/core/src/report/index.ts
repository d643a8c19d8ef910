export {
  yearlyReport,
  reportToMarkdown,
  reportToCsv,
  type YearlyReport,
  type ReportInput,
  type ReportRow,
  type HostingStatus,
} from './yearly-report.js';
