// Example values of agreement.json's fields, keyed like the description catalogues (locales/*/schema.ts):
// codes, dates, ids and numbers, the same in every language. Values are Malmöandan's (seeds 003, 004)
// or the public examples the descriptions name; every one is checked against its field's schema, and
// every organisationsnummer against its check digit (examples.test.ts).

/**
 * Example values per field key, for the JSON Schema's `examples` and the field reference.
 *
 * @example
 * ```ts
 * FIELD_EXAMPLES['municipality.code']; // ['1280', '12']
 * ```
 */
export const FIELD_EXAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  '*.sources': [[{ source: 'samarbetsplan-2018-2022', locator: 'Revidering' }]],
  '*.sources.source': ['samarbetsplan-2018-2022'],
  '*.sources.read': ['2026-12-01'],
  '*.inferred': [['end']],
  $schema: ['./agreement.schema.json', './node_modules/@samverkan/core/dist/agreement.schema.json'],
  formatVersion: ['0.2'],
  id: ['malmoandan'],
  'municipality.kind': ['municipality', 'region'],
  'municipality.code': ['1280', '12', '14'],
  'municipality.organisationNumber': ['212000-1124'],
  'municipality.executiveBoard.id': ['kommunstyrelsen', 'regionstyrelsen'],
  'municipality.executiveBoard.office': ['stadskontoret', 'regionkansliet'],
  'parties.id': ['malmo-stad', 'ideburen-sektor-i-malmo'],
  adopted: ['2017-06-14'],
  decisionReference: ['STK-2017-1039'],
  status: [{ state: 'active', since: '2017-06-14' }, { state: 'terminated', date: '2024-03-06', reason: { sv: 'Avvecklad i sin nuvarande form.' } }],
  'status.date': ['2024-03-06'],
  asOf: ['2019-05-13'],
  'principles.national': ['independence', 'openness-and-transparency'],
  'plans.id': ['samarbetsplan-2018-2022'],
  'plans.period': [{ start: '2018-06-13', end: '2022-12-31' }],
  'plans.period.start': ['2018-06-13'],
  'plans.period.end': ['2022-12-31'],
  'plans.adopted': ['2018-06-13'],
  'plans.areas.id': ['jamlik-fritid-och-kultur'],
  'plans.areas.timeFrameYears': [4],
  'plans.areas.hosts.from': ['2019-01-01'],
  'plans.actions.status': ['ongoing', 'to-be-investigated'],
  'plans.actions.indicators.values': [[{ year: 2019, value: 12 }]],
  currentPlan: ['samarbetsplan-2018-2022'],
  'organising.ways': [['hosting', 'coordinators', 'working-group'], ['forums', 'secretariat']],
  'organising.forums.members.count': [5],
  'organising.conference.everyYears': [1],
  'roles.coordinators.attachedTo': ['kommunstyrelsen'],
  'roles.coordinators.fullTimeEquivalent': [1],
  'roles.workingGroup.composition': [['coordinator', 'host', 'co-opted']],
  'commitments.party': ['joint', 'malmo-stad'],
  revision: [{ of: 'agreement', every: 'years', years: 5 }, { of: 'plan', every: 'mandate-period' }],
  'revision.years': [5],
  'departments.id': ['fritidsforvaltningen', 'stadskontoret'],
  'organisations.id': ['miso'],
  'organisations.organisationNumber': ['802000-0009'],
  'organisations.legalForm': ['non-profit-association', 'foundation'],
  'organisations.formal': [{ statutes: true, board: true, annualMeeting: false }],
  'organisations.website': ['https://www.example.org'],
  'declarationOfIntent.year': [2015],
  'joined.date': ['2015', '2015-10', '2024-05-14'],
  'joined.left': ['2020'],
  'grantCategories.maxDurationYears': [2],
  'grantTotals.year': [2018],
  'grantTotals.amountSek': [109700000],
  'grants.amountSek': [50000],
  'iops.parties': [['arbetsmarknads-och-socialforvaltningen', 'skane-stadsmission']],
  'iops.period': [{ start: '2018-01-01', end: '2020-12-31' }],
  'iops.contributions.amountSek': [1200000],
  'iops.criteria': [{ 'not-a-purchase': true, 'shared-need': true, 'long-term': false }],
  'collaborations.ages': [{ min: 13, max: 25 }],
  'collaborations.since': [2016],
  'targetGroups.ages': [{ min: 0, max: 17 }],
  'history.date': ['2024-03-06', '2021'],
  'yearlyReports.year': [2019],
  rules: [{ 'hosting-seats': { enabled: false }, 'area-time-frame': { params: { years: 5 } } }],
  'rules.severity': ['info'],
  'rules.params': [{ years: 5 }],
};
