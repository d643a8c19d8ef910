import type { Agreement } from '../src/agreement/agreement.js';
import type { Issue } from '../src/issue/issue.js';
import { malmo } from '../src/presets/malmo/malmo.js';
import { RULES as RULE_IDS, validateAgreement, type ValidateOptions } from '../src/validate/validate.js';

/** A deep copy of the Malmö preset to change in a test. */
export function malmoCopy(): Agreement {
  return structuredClone(malmo);
}

/** The issues one rule reports on an agreement (the day defaults to 2019-05-13, within the 2018–2022 plan). */
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
  return [...only.issues];
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
