import type { Agreement } from '../src/agreement/agreement.js';
import type { Issue } from '../src/issue/issue.js';
import { malmo } from '../src/presets/malmo/malmo.js';
import { RULES as RULE_IDS, validateAgreement, type ValidateOptions } from '../src/validate/validate.js';

/** A deep copy of the Malmö preset to change in a test. */
export function malmoCopy(): Agreement {
  return structuredClone(malmo);
}

/** The issues one rule reports on an agreement, without the engine's notes on rule settings (the day defaults to 2019-05-13, within the 2018–2022 plan). */
export function issuesOf(ruleId: string, agreement: unknown, options: ValidateOptions = {}): Issue[] {
  const result = validateAgreement(agreement, { today: '2019-05-13', ...options });
  if (!result.agreement) throw new Error(`The schema refused the test agreement: ${result.issues.map((i) => i.message).join(' | ')}`);
  // Run the rule alone: every other rule switched off.
  const only = validateAgreement(agreement, {
    today: '2019-05-13',
    ...options,
    rules: Object.fromEntries(
      RULE_IDS.map((id) => [id, id === ruleId ? { ...options.rules?.[id] } : { enabled: false }]),
    ),
  });
  // The notes that rules are switched off or tuned are the engine's, tested in validate.test.ts.
  return only.issues.filter((i) => i.code !== 'rule_disabled' && i.code !== 'rule_adjusted');
}

export const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);

/** An area of the current plan with both seats held, for hosting tests. */
export function hostedArea(agreement: Agreement, index = 0) {
  const area = agreement.plans[0]!.areas[index]!;
  area.phase = 'dialogue-and-matching';
  area.hosts = [
    { side: 'sector', host: 'miso', from: '2019-01-01', agreement: { reference: 'STK-2019-1', signed: '2018-12-10' } },
    { side: 'municipality', host: 'fritidsforvaltningen', from: '2019-01-01' },
  ];
  return area;
}

/** Malmö with every area of the current plan hosted on both sides: the base the rule tests change one value of. */
export function hostedMalmo(): Agreement {
  const a = malmoCopy();
  a.plans[0]!.areas.forEach((_, i) => hostedArea(a, i));
  return a;
}

/** Malmö organised as Göteborg's agreement is — a secretariat run by the sector and a forum, no värdskap — with its areas' hosts and phases gone. */
export function malmoWithoutHosting(): Agreement {
  const a = malmoCopy();
  a.organising = {
    ways: ['secretariat', 'forums'],
    secretariat: { runBy: 'mip', side: 'sector' },
    forums: [
      {
        id: 'samradsgrupp',
        name: { sv: 'Samrådsgruppen' },
        members: [
          { side: 'municipality', member: 'kommunstyrelsen', count: 5, from: '2019-01-01' },
          { side: 'sector', member: 'mip', from: '2019-01-01' },
          { side: 'sector', member: 'miso', from: '2019-01-01' },
        ],
        meetings: [{ date: '2019-03-01', minutes: 'https://example.org/protokoll-2019-03-01.pdf' }],
      },
    ],
  };
  for (const area of a.plans[0]!.areas) {
    delete area.hosts;
    delete area.phase;
  }
  delete a.roles;
  return a;
}

/** Hosted Malmö with one IOP between a department and Skåne Stadsmission, in writing, for 2018–2020. */
export function withIop(): Agreement {
  const a = hostedMalmo();
  a.organisations.find((o) => o.id === 'skane-stadsmission')!.registeredIdeburen = true;
  a.iops = [
    {
      id: 'iop-stadsmission',
      name: { sv: 'IOP om stöd till personer i hemlöshet' },
      parties: ['arbetsmarknads-och-socialforvaltningen', 'skane-stadsmission'],
      purpose: { sv: 'Stöd och boende för personer i hemlöshet.' },
      period: { start: '2018-01-01', end: '2020-12-31' },
      decisionReference: 'ASN-2017-1234',
      writtenAgreement: { reference: 'ASN-2017-1234', signed: '2017-12-15' },
      contributions: [
        { party: 'arbetsmarknads-och-socialforvaltningen', kind: 'money', amountSek: 1_200_000, year: 2018 },
        { party: 'skane-stadsmission', kind: 'in-kind', description: { sv: 'Volontärer och lokaler.' } },
      ],
      evaluations: [{ date: '2019-12-31' }],
      criteria: { 'shared-need': true, 'not-a-purchase': true, 'not-basic-funding': false },
    },
  ];
  return a;
}
