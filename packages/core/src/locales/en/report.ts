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
  byArea: 'By priority area',
  byDepartment: 'By department',
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
