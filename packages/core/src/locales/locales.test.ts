import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, RULE_ISSUE_CODES, type IssueParams, type SubjectKind } from '../issue/issue.js';
import { en } from './en.js';
import { sv } from './sv.js';

const SAMPLE: IssueParams = {
  field: 'name',
  path: 'organisations[3].name',
  subjectKind: 'organisation',
  subjectName: 'Kvarnby IK',
  value: 'x',
  expected: 'string',
  options: ['a', 'b'],
  minimum: 2,
  maximum: 4,
  // What rule messages name.
  area: 'Jämlik fritid och kultur',
  host: 'Kvarnby IK',
  name: 'Kvarnby IK',
  otherName: 'Kvarnby Idrottsklubb',
  category: 'Projektbidrag',
  plan: 'Samarbetsplan 2018–2022',
  side: 'sector',
  sides: ['sector', 'municipality'],
  years: ['2018', '2019'],
  from: '2018-06-13',
  to: '2022-06-13',
  year: 2019,
  refKind: 'district',
};

const KINDS: SubjectKind[] = [
  'agreement', 'municipality', 'party', 'status', 'principle', 'plan', 'area', 'hosting', 'coordinator',
  'working_group', 'membership', 'department', 'organisation', 'grant_category', 'grant_total',
  'collaboration_form', 'collaboration', 'partner', 'target_group', 'district', 'term', 'source', 'grant', 'report', 'interest', 'item',
];

describe.each([sv, en])('the $locale locale', (locale) => {
  it('words every issue code, and nothing else', () => {
    expect(Object.keys(locale.messages).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('renders every code into a sentence that names the thing and has no holes', () => {
    for (const code of ISSUE_CODES) {
      const message = locale.messages[code](SAMPLE);
      expect(message, code).toMatch(/[.!]$/);
      expect(message, code).not.toMatch(/undefined|null|NaN|\[object/);
      const ruleCode = (RULE_ISSUE_CODES as readonly string[]).includes(code);
      // Schema messages name the thing by its subject; rule messages by what the rule found.
      if (code !== 'invalid_json' && !ruleCode) expect(message, code).toContain('Kvarnby IK');
    }
  });

  it('renders every code without any parameters too', () => {
    for (const code of ISSUE_CODES) expect(locale.messages[code]({}), code).not.toMatch(/undefined|NaN|\[object/);
  });

  it('names every kind of subject, with and without a name', () => {
    for (const kind of KINDS) {
      expect(locale.subject(kind, undefined).length, kind).toBeGreaterThan(2);
      expect(locale.subject(kind, 'X')).not.toContain('undefined');
    }
  });
});

describe('the Swedish and English wording', () => {
  it('differs for every code, so neither is a copy of the other', () => {
    for (const code of ISSUE_CODES) expect(sv.messages[code](SAMPLE), code).not.toBe(en.messages[code](SAMPLE));
  });
});
