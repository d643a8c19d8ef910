export { YearlyReportRecord } from './record.js';
