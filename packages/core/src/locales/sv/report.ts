import type { ReportText } from '../types.js';

/**
 * Svenska: the yearly follow-up's words.
 *
 * @example
 * ```ts
 * import { report } from '@samverkan/core/locales/sv/report';
 * report.title('Malmöandan', 2019);
 * ```
 */
export const report: ReportText = {
  title: (name, year) => `# Årlig uppföljning ${year}: ${name}`,
  intro: (party, board) => `Uppföljning av samverkan mellan ${party} och den idéburna sektorn, till ${board.charAt(0).toLocaleLowerCase('sv')}${board.slice(1)}.`,
  totals: 'Sammanfattning',
  collaborations: 'Samverkan',
  newCollaborations: 'varav nya',
  grants: 'Bidrag',
  amount: 'Belopp (kr)',
  currency: 'kr',
  interests: 'Intresseanmälningar',
  singleGrants: 'Enskilda bidrag i underlaget',
  grantTotals: 'Bidrag enligt redovisade totalbelopp',
  grantTotalsNote: 'Varje förvaltnings belopp för året så som källan anger det, med sin precision.',
  amountAs: {
    exact: (a) => `${a} kr`,
    'more-than': (a) => `mer än ${a} kr`,
    approximate: (a, b) => (b ? `cirka ${a}–${b} kr` : `cirka ${a} kr`),
    range: (a, b) => `${a}–${b} kr`,
  },
  recipients: (n) => `till ${n} organisationer`,
  byArea: 'Per prioriterat område',
  byDepartment: 'Per förvaltning',
  executiveBoard: (name) => `${name} (en nämnd, ingen förvaltning)`,
  undated: 'Exempel på samverkan utan årtal',
  undatedNote: 'Exempel ur underlaget, ingen fullständig inventering. De räknas inte som årets samverkan.',
  byForm: 'Per samverkansform',
  byTargetGroup: 'Per målgrupp',
  byDistrict: 'Per stadsdel',
  name: 'Namn',
  hosting: 'Värdskap vid årets slut',
  area: 'Område',
  sector: 'Idéburen värd',
  municipality: 'Kommunal värd',
  status: 'Status',
  statuses: { complete: 'fullt', partial: 'delvis vakant', vacant: 'vakant' },
  vacant: 'vakant',
  changes: 'Förändring sedan föregående år',
  newList: 'Ny samverkan',
  started: 'Värdskap som började',
  ended: 'Värdskap som slutade',
  nothing: 'Inga.',
  issues: 'Öppna anmärkningar',
  noIssues: 'Inga fel eller varningar.',
  severity: { error: 'Fel', warning: 'Varning', info: 'Notering' },
};
