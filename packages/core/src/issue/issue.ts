import type { Locale } from '../text/localize.js';

const SCHEMA_ISSUE_CODES = [
  'invalid_json',
  'required',
  'wrong_type',
  'invalid_date',
  'invalid_id',
  'invalid_url',
  'invalid_organisation_number_format',
  'invalid_municipality_code',
  'empty_text',
  'too_few',
  'too_small',
  'too_big',
  'invalid_choice',
  'unknown_field',
  'invalid_value',
] as const;

/**
 * The codes the agreement's rules report, as opposed to the schema's.
 *
 * @example
 * ```ts
 * RULE_ISSUE_CODES.includes('hosting_seat_vacant'); // true
 * ```
 */
export const RULE_ISSUE_CODES = [
  // References and identity
  'duplicate_id',
  'unknown_reference',
  'unknown_rule',
  'rule_failed',
  'rule_disabled',
  'rule_adjusted',
  'invalid_rule_param',
  'party_side_missing',
  'national_principle_missing',
  'municipality_code_unknown',
  'region_code_unknown',
  // Ways of organising
  'organising_way_undescribed',
  'organising_way_unlisted',
  'hosting_not_used',
  'forum_side_missing',
  'conference_not_held',
  'municipality_name_mismatch',
  // Hosting (värdskap)
  'hosting_seat_vacant',
  'hosting_seat_double',
  'host_not_ideburen',
  'host_informal',
  'host_not_department',
  'host_executive_board',
  'hosting_agreement_expired',
  'hosting_agreement_missing',
  'hosting_terms_overlap',
  'term_ends_before_start',
  // Coordinators and working group
  'coordinator_missing',
  'coordinator_extra',
  'coordinator_part_time',
  'coordinator_attachment_missing',
  'coordinator_not_attached_to_executive_board',
  'coordinator_not_attached_to_metaorganisation',
  'working_group_member_missing',
  // Organisations
  'metaorganisation_member_invalid',
  'duplicate_organisation',
  'informal_joined',
  'study_association_not_metaorganisation',
  // Joining
  'joining_left_before_joined',
  'joining_before_adoption',
  'joining_declaration_after_adoption',
  'joining_after_end',
  'joining_not_at_adoption',
  'joining_twice',
  'informal_party',
  'organisation_number_invalid',
  'organisation_number_legal_form',
  'organisation_outside_municipality',
  // Grants
  'grant_too_long',
  'grant_requires_register',
  'grant_register_unknown',
  'grant_requires_written_agreement',
  'grant_recipient_not_ideburen',
  'grant_grantor_not_allowed',
  // IOP
  'iop_without_written_agreement',
  'iop_without_period',
  'iop_evaluation_overdue',
  // Time
  'agreement_terminated',
  'plan_period_invalid',
  'plan_period_ended',
  'plan_not_revised',
  'plan_revision_due',
  'revision_overdue',
  'yearly_reports_missing',
  'yearly_report_due',
  'area_time_frame_exceeded',
  'area_time_frame_long',
] as const;

/**
 * Every issue code the library can report, stable across versions: tools may switch on them.
 * Schema codes come from reading the JSON; rule codes from the agreement's rules.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes('required'); // true
 * ```
 */
export const ISSUE_CODES = [...SCHEMA_ISSUE_CODES, ...RULE_ISSUE_CODES] as const;

/**
 * A stable snake_case code naming what is wrong, e.g. `required` or `invalid_date`.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'invalid_date';
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * A code reported by one of the agreement's rules, as opposed to the schema.
 *
 * @example
 * ```ts
 * const code: RuleIssueCode = 'hosting_seat_vacant';
 * ```
 */
export type RuleIssueCode = (typeof RULE_ISSUE_CODES)[number];

/**
 * How much an issue matters: an `error` makes the agreement unusable as it is, a `warning` asks for a
 * look, an `info` is a note.
 *
 * @example
 * ```ts
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A path into the input, from the root: object keys and array indexes.
 *
 * @example
 * ```ts
 * const path: IssuePath = ['organisations', 3, 'name'];
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * The values a message is built from. `subjectKind` and `subjectName` name the thing concerned
 * (the organisation "Kvarnby IK", the area "Jämlik fritid och kultur"), so a message can say which one.
 *
 * @example
 * ```ts
 * const params: IssueParams = { field: 'name', path: 'organisations[3].name', subjectKind: 'organisation', subjectName: 'Kvarnby IK' };
 * ```
 */
export interface IssueParams {
  /** The last key of the path: the field concerned. */
  field?: string;
  /** The path written out, e.g. `plans[0].areas[2].hosts`. */
  path?: string;
  subjectKind?: SubjectKind;
  subjectName?: string;
  /** The offending value, written as text. */
  value?: string;
  expected?: string;
  options?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** Anything else a rule reports (another path, a date, a count). */
  [key: string]: string | number | boolean | readonly string[] | undefined;
}

/**
 * An issue found in the input: what is wrong (`code`), where (`path`), how much it matters
 * (`severity`), and a `message` in the requested language that says what to do.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'required',
 *   path: ['organisations', 3, 'name'],
 *   severity: 'error',
 *   message: 'Organisationen nr 4 saknar ”name”. Lägg till organisationens namn.',
 *   params: { field: 'name' },
 * };
 * ```
 */
export interface Issue {
  code: IssueCode;
  /**
   * The id of the rule that reported it (e.g. `hosting-seats`): what to switch off or tune under the
   * agreement's `rules`. Left out for what the schema reports.
   */
  rule?: string;
  path: IssuePath;
  severity: Severity;
  message: string;
  params: IssueParams;
}

/**
 * The kinds of thing an issue can be about, for naming it in a message.
 *
 * @example
 * ```ts
 * const kind: SubjectKind = 'area';
 * ```
 */
export type SubjectKind =
  | 'agreement'
  | 'municipality'
  | 'party'
  | 'status'
  | 'principle'
  | 'plan'
  | 'area'
  | 'hosting'
  | 'coordinator'
  | 'working_group'
  | 'membership'
  | 'department'
  | 'organisation'
  | 'grant_category'
  | 'grant_total'
  | 'collaboration_form'
  | 'collaboration'
  | 'partner'
  | 'target_group'
  | 'district'
  | 'term'
  | 'source'
  | 'grant'
  | 'report'
  | 'interest'
  | 'joining'
  | 'iop'
  | 'forum'
  | 'action'
  | 'commitment'
  | 'item';

/**
 * A language's wording of every issue: one function per code, and one naming each kind of subject.
 * Ship your own to add a language; the parity test of the built-in ones shows what it must hold.
 *
 * @example
 * ```ts
 * import { en } from '@samverkan/core/locales/en';
 * const nb: LocaleMessages = { ...en, locale: 'nb', messages: { ...en.messages, required: (p) => `Mangler «${p.field}».` } };
 * ```
 */
export interface LocaleMessages {
  locale: Locale;
  messages: { readonly [C in IssueCode]: (params: IssueParams) => string };
  subject: (kind: SubjectKind, name: string | undefined) => string;
  /** What each rule checks, by rule id, for `samverkan rules`; a language without them falls back to Swedish. */
  rules?: Readonly<Record<string, string>>;
  /** Where each rule comes from (a document, a law, a register), by rule id; falls back to Swedish. */
  ruleSources?: Readonly<Record<string, string>>;
  /** What each rule's parameter sets, by `<rule id>.<parameter>` (`area-time-frame.years`); falls back to Swedish. */
  ruleParams?: Readonly<Record<string, string>>;
}

export { formatPath } from './path.js';
