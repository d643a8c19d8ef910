import type { ReportText } from '../types.js';

/**
 * English: the yearly follow-up's words.
 *
 * @example
 * ```ts
 * import { report } from '@samverkan/core/locales/en/report';
 * report.title('Malmöandan', 2019);
 * ```
 */
export const report: ReportText = {
  title: (name, year) => `# Yearly follow-up ${year}: ${name}`,
  intro: (party, board) => `Follow-up of the collaboration between ${party} and the idéburen sektor, for the ${board}.`,
  totals: 'Summary',
  collaborations: 'Collaborations',
  newCollaborations: 'of which new',
  grants: 'Grants',
  amount: 'Amount (SEK)',
  currency: 'SEK',
  interests: 'Interests',
  singleGrants: 'Individual grants in the data',
  grantTotals: 'Grants by the totals reported',
  grantTotalsNote: "Each department's amount for the year as the source states it, with its precision.",
  amountAs: {
    exact: (a) => `SEK ${a}`,
    'more-than': (a) => `more than SEK ${a}`,
    approximate: (a, b) => (b ? `about SEK ${a}–${b}` : `about SEK ${a}`),
    range: (a, b) => `SEK ${a}–${b}`,
  },
  recipients: (n) => `to ${n} organisations`,
  byArea: 'By priority area',
  byDepartment: 'By department',
  executiveBoard: (name) => `${name} (a board, not a department)`,
  undated: 'Examples of collaboration with no year',
  undatedNote: "Examples from the survey, not a complete inventory. They are not counted as the year's collaboration.",
  byForm: 'By form of collaboration',
  byTargetGroup: 'By target group',
  byDistrict: 'By district',
  name: 'Name',
  hosting: 'Hosting at the end of the year',
  area: 'Area',
  sector: 'Idéburen host',
  municipality: 'Municipal host',
  status: 'Status',
  statuses: { complete: 'complete', partial: 'partly vacant', vacant: 'vacant' },
  vacant: 'vacant',
  changes: 'Change since the previous year',
  newList: 'New collaborations',
  started: 'Hosting that began',
  ended: 'Hosting that ended',
  nothing: 'None.',
  issues: 'Open issues',
  noIssues: 'No errors or warnings.',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
};
