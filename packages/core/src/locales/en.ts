import type { IssueParams, LocaleMessages, SubjectKind } from '../issue/issue.js';

const SUBJECTS: Record<SubjectKind, [definite: string, named: (n: string) => string]> = {
  agreement: ['the agreement', (n) => `the agreement "${n}"`],
  municipality: ['the municipality', (n) => `the municipality "${n}"`],
  party: ['the party', (n) => `the party "${n}"`],
  status: ['the status', () => 'the status'],
  principle: ['the principle', (n) => `the principle "${n}"`],
  plan: ['the cooperation plan', (n) => `the cooperation plan "${n}"`],
  area: ['the area', (n) => `the area "${n}"`],
  hosting: ['the hosting seat', (n) => `the hosting seat of "${n}"`],
  coordinator: ['the coordinator', (n) => `the coordinator "${n}"`],
  working_group: ['the working group', () => 'the working group'],
  membership: ['the membership', (n) => `the membership of "${n}"`],
  department: ['the department', (n) => `the department "${n}"`],
  organisation: ['the organisation', (n) => `the organisation "${n}"`],
  grant_category: ['the grant category', (n) => `the grant category "${n}"`],
  grant_total: ['the grant total', (n) => `the grant total ${n}`],
  collaboration_form: ['the form of collaboration', (n) => `the form of collaboration "${n}"`],
  collaboration: ['the collaboration', (n) => `the collaboration "${n}"`],
  partner: ['the partner', (n) => `the partner "${n}"`],
  target_group: ['the target group', (n) => `the target group "${n}"`],
  district: ['the district', (n) => `the district "${n}"`],
  term: ['the term', (n) => `the term "${n}"`],
  source: ['the source', (n) => `the source "${n}"`],
  item: ['the entry', (n) => `the entry ${n}`],
};

const TYPES: Record<string, string> = {
  string: 'a text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
};

function subject(kind: SubjectKind, name: string | undefined): string {
  const [definite, named] = SUBJECTS[kind];
  return name ? named(name) : definite;
}

function where(p: IssueParams): string {
  const s = p.subjectKind ? subject(p.subjectKind, p.subjectName) : 'the agreement';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function field(p: IssueParams): string {
  return p.field ? `"${p.field}"` : 'the value';
}

/**
 * English: the English wording of every issue.
 *
 * @example
 * ```ts
 * import { en } from '@samverkan/core/locales/en';
 * en.messages.invalid_date({ field: 'adopted' }); // 'The agreement: "adopted" is not a valid date. …'
 * ```
 */
export const en: LocaleMessages = {
  locale: 'en',
  subject,
  messages: {
    invalid_json: (p) =>
      `The file ${p.value ?? ''} is not valid JSON${p.detail ? ` (${String(p.detail)})` : ''}. Correct the typing error and try again, for example a missing comma or quote.`,
    required: (p) => `${where(p)} has no ${field(p)}. Add ${field(p)} (at ${p.path || 'the root'}).`,
    wrong_type: (p) =>
      `${where(p)}: ${field(p)} must be ${TYPES[p.expected ?? ''] ?? p.expected ?? 'something else'}. Change the value at ${p.path || 'the root'}.`,
    invalid_date: (p) =>
      `${where(p)}: ${field(p)} is not a valid date. Write the date as YYYY-MM-DD, for example 2017-06-14.`,
    invalid_id: (p) =>
      `${where(p)}: "${p.value ?? ''}" cannot be used as an id. Use lower-case letters a–z, digits and hyphens, for example "equal-leisure-and-culture".`,
    invalid_url: (p) =>
      `${where(p)}: ${field(p)} must be a web address starting with http:// or https://, for example https://malmo.se.`,
    invalid_organisation_number_format: (p) =>
      `${where(p)}: "${p.value ?? ''}" is not an organisation number. Enter the organisation number as ten digits, for example 802000-0009.`,
    invalid_municipality_code: (p) =>
      `${where(p)}: "${p.value ?? ''}" is not a municipality code. Enter the four-digit kommunkod, for example 1280 for Malmö.`,
    empty_text: (p) => `${where(p)}: ${field(p)} is empty. Write a text.`,
    too_few: (p) =>
      `${where(p)}: ${field(p)} needs at least ${p.minimum ?? 1} ${p.minimum === 1 ? 'entry' : 'entries'}. Add more.`,
    too_small: (p) => `${where(p)}: ${field(p)} must be at least ${p.minimum ?? 0}. Change the value.`,
    too_big: (p) => `${where(p)}: ${field(p)} must be at most ${p.maximum ?? 0}. Change the value.`,
    invalid_choice: (p) =>
      `${where(p)}: ${field(p)} cannot be "${p.value ?? ''}". Choose one of ${(p.options ?? []).map((o) => `"${o}"`).join(', ')}.`,
    unknown_field: (p) =>
      `${where(p)} has the field ${field(p)}, which is not in the schema. Check the spelling or remove the field.`,
    invalid_value: (p) => `${where(p)}: ${field(p)} has a value that cannot be used. Compare it with the schema.`,
  },
};
