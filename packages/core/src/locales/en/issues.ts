import type { IssueParams, LocaleMessages, SubjectKind } from '../../issue/issue.js';

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
  grant: ['the grant', (n) => `the grant "${n}"`],
  report: ['the report', (n) => `the report ${n}`],
  interest: ['the interest', (n) => `the interest from "${n}"`],
  joining: ['the joining', (n) => `the joining of "${n}"`],
  iop: ['the IOP', (n) => `the IOP "${n}"`],
  forum: ['the forum', (n) => `the forum "${n}"`],
  action: ['the activity', (n) => `the activity "${n}"`],
  commitment: ['the commitment', (n) => `the commitment of "${n}"`],
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

const SIDE = { municipality: 'the municipality', sector: 'the idéburen sektor' } as const;
const side = (p: IssueParams) => SIDE[p.side as keyof typeof SIDE] ?? String(p.side ?? '');
const HOST_SIDE = { municipality: 'a department', sector: 'an idéburen organisation' } as const;

// Where an id was looked for: [the list, the thing].
const REF: Record<string, [string, string]> = {
  plan: ['cooperation plans', 'plan'],
  area: ['areas', 'area'],
  organisation: ['organisations', 'organisation'],
  department: ['departments', 'department'],
  municipal_body: ['departments and the executive board', 'department'],
  actor: ['organisations and departments', 'organisation or department'],
  coordinator: ['coordinators', 'coordinator'],
  grant_category: ['grant categories', 'grant category'],
  collaboration_form: ['forms of collaboration', 'form of collaboration'],
  target_group: ['target groups', 'target group'],
  district: ['districts', 'district'],
  party: ['parties', 'party'],
  party_or_actor: ['parties, organisations and departments', 'party, organisation or department'],
  source: ['sources under "sources"', 'source'],
};

// The executive board by the name the agreement gives it.
const board = (p: IssueParams) => `the ${String(p.board ?? 'executive board')}`.replace(/^the the /i, 'the ');

const WAY: Record<string, string> = {
  forums: 'the forums',
  secretariat: 'the secretariat',
  conference: 'the conference',
};

const LEGAL_FORM: Record<string, string> = {
  'non-profit-association': 'a non-profit association',
  'economic-association': 'an economic association',
  foundation: 'a foundation',
  'religious-community': 'a religious community',
  'limited-company': 'a limited company',
  'trading-partnership': 'a trading partnership',
  'public-body': 'a public body',
};

const NUMBER_ERROR: Record<string, string> = {
  format: 'it has the wrong shape',
  personnummer: 'it looks like a personal identity number',
  group: 'no legal form uses its first digit',
  checksum: 'the check digit does not match',
};

const ROLE: Record<string, string> = {
  joined: 'joined to the agreement or its declaration of intent',
  host: 'the host of an area',
  recipient: 'a grant recipient',
};

const list = (items: readonly string[] | undefined) => {
  const xs = [...(items ?? [])];
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
};

/**
 * English: the English wording of every issue.
 *
 * @example
 * ```ts
 * import { en } from '@samverkan/core/locales/en';
 * en.messages.invalid_date({ field: 'adopted' }); // 'The agreement: "adopted" is not a valid date. …'
 * ```
 */
export const issues: LocaleMessages = {
  locale: 'en',
  rules: {
    'unique-ids': "Every id is used once in its list, and an organisation and a department never share one.",
    'references': "Every id the agreement refers to exists, and is of the right kind.",
    'party-sides': "The agreement has a party on each side: the kommun or region, and the idéburen sektor.",
    'national-principles': "Each of the six national principles is there, under its own or the kommun’s label.",
    'municipality-code': "The code is SCB’s and belongs to the party named: a four-digit kommunkod or, for a region, a two-digit länskod.",
    'organising-ways': "The ways of organising listed under \"organising.ways\" are described, and those described are listed.",
    'hosting-unused': "An agreement without värdskap gives its areas no hosts or phases.",
    'hosting-seats': "Every active area has one host from an idéburen organisation and one from a department.",
    'host-eligibility': "The sector’s host is a formally constituted idéburen organisation; the municipality’s a department, never the executive board.",
    'hosting-agreement': "Every idéburen hosting organisation has its hosting avtal recorded, and in force while it holds the seat.",
    'hosting-terms': "Hosting terms of the same seat do not overlap, and none ends before it starts.",
    'coordinators': "There is exactly one coordinator for the municipality and one for the idéburen sektor, each with about a full-time post.",
    'coordinator-attachment': "The municipal coordinator is tied to the executive board or its office; the sector’s to a metaorganisation.",
    'working-group': "The working group holds the coordinators and the active areas’ hosts, as its composition says, and no member’s term ends before it starts.",
    'forum-members': "A dialogue forum has members from both sides, and no term ends before it starts.",
    'conference-held': "A recurring conference has been held in each cycle since the first one recorded.",
    'joining': "The joining register holds together: dates within the agreement’s life, left after joined, nobody joined twice at once.",
    'metaorganisation-members': "A metaorganisation’s members are other organisations, not itself or a department.",
    'study-association-members': "A study association is a metaorganisation and lists its member organisations.",
    'duplicate-organisations': "The same organisation is listed once, compared by organisation number and name.",
    'informal-scope': "An informal group neither joins nor is a party to the agreement.",
    'organisation-number': "Organisation numbers are real (check digit, no personal identity number) and agree with the legal form.",
    'geography': "Organisations that join, host or receive grants are active in the municipality.",
    'grant-duration': "A grant runs no longer than its category allows, and does not end before it starts.",
    'grant-requirements': "A grant that requires the association register (by its category or its grantor) or a written agreement is not given without it.",
    'grant-recipient': "Grants go to idéburna organisations.",
    'grant-grantor': "A grant is given by one of its category’s grantors.",
    'iop': "An IOP has a written agreement and a period that does not end before it starts, and planned evaluations are done on time.",
    'plan-period': "A plan’s period ends after it starts, and the current plan’s period has not run out.",
    'plan-revision': "The agreement or its plan is revised on its cycle: once per mandate period (due in the period’s last year), or every N years.",
    'yearly-report': "Every year since the current plan began has a yearly report to the executive board.",
    'area-time-frame': "An active area is not past its time frame (four years by default), and no area gives itself one far longer.",
  },
  ruleSources: {
    "unique-ids": "samverkan: ids are how data refers to data",
    references: "samverkan: ids are how data refers to data",
    "party-sides": "Idéburna Malmö (2015–2017) and Samarbetsplan 2018–2022: an agreement between the kommun and the idéburen sektor",
    "national-principles": "Beredningsgruppen ÖK Malmö, 2015-04-09: the six national principles underlie every överenskommelse",
    "municipality-code": "SCB's kommunkoder and länskoder",
    "organising-ways": "samverkan: the ways of organising named are the ones described",
    "hosting-unused": "Samarbetsplan 2018–2022: hosts and phases belong to värdskap",
    "hosting-seats": "Samarbetsplan 2018–2022, \"Värdskap\": one host from each side per area",
    "host-eligibility": "Samarbetsplan 2018–2022: \"en värd från en idéburen organisation och en förvaltning\" (not the kommunstyrelse); Kartläggning 2019",
    "hosting-agreement": "Samarbetsplan 2018–2022: an avtal with each hosting organisation, in force while it hosts",
    "hosting-terms": "Samarbetsplan 2018–2022: one host per side at a time",
    coordinators: "Meeting of the metaorganisations 2017-10-12 and Samarbetsplan 2018–2022: two coordinators, one per side, \"två heltidstjänster\"",
    "coordinator-attachment": "Samarbetsplan 2018–2022: the municipal coordinator is tied to the kommunstyrelse; meeting of the metaorganisations 2017-10-12: the sector's to a metaorganisation",
    "working-group": "Samarbetsplan 2018–2022, \"Organisation\": the working group's members",
    "forum-members": "Västra Götalandsregionen: a working group of politicians and sector representatives",
    "conference-held": "Uppsala: a yearly dialogue conference",
    joining: "Göteborg, Västra Götalandsregionen: organisations join by application; Idéburna Malmö (2015–2017)",
    "metaorganisation-members": "Idéburna Malmö (2015–2017): a metaorganisation's members are organisations",
    "study-association-members": "Idéburna Malmö (2015–2017): studieförbund are metaorganisations",
    "duplicate-organisations": "Idéburna Malmö (2015–2017): \"Studieförbundet Bilda Sydväst\" listed twice",
    "informal-scope": "Kartläggning 2019: informal groups are outside the idéburen sektor",
    "organisation-number": "Skatteverket: the organisationsnummer's check digit and group",
    geography: "Kartläggning 2019: organisations active in the municipality",
    "grant-duration": "Kartläggning 2019: the kommunstyrelse's anslag for at most two years",
    "grant-requirements": "Kartläggning 2019: föreningsregistret, \"kravet på registrering vid ansökan om bidrag\" at fritidsförvaltningen; Beredningsgruppen ÖK Malmö, 2015-04-09: IOP in writing",
    "grant-recipient": "Kartläggning 2019: support to the idéburen sektor",
    "grant-grantor": "Kartläggning 2019: each department's board sets its rules",
    iop: "Beredningsgruppen ÖK Malmö, 2015-04-09; SKR's criteria for IOP (2017)",
    "plan-period": "Samarbetsplan 2018–2022: the plan runs for a period",
    "plan-revision": "Samarbetsplan 2018–2022, \"Revidering\": once per mandate period, due in its last year; or the agreement's own cycle",
    "yearly-report": "Samarbetsplan 2018–2022: the coordinators report yearly to the executive board",
    "area-time-frame": "Samarbetsplan 2018–2022: \"tidsramen är ca fyra år för ett område\"",
  },
  ruleParams: {
    'grant-duration.defaultMaxYears': 'The longest a grant may run, in years, for categories that give no limit of their own (maxDurationYears). Without it only those that give one are checked.',
    'area-time-frame.years': 'The time frame in years for an area that gives none of its own (timeFrameYears), counted from the day work began.',
    'area-time-frame.maxYears': 'The longest own time frame in years (timeFrameYears) accepted without a warning; the cooperation plan assumes about four years.',
    'coordinators.minFullTime': 'The smallest share of a full-time post a coordinator may have without a warning; the cooperation plan counts on one full-time post per side.',
    'plan-revision.monthsBefore': 'How many months before the end of the mandate period a revision of the plan becomes due.',
  },
  subject,
  messages: {
    invalid_json: (p) =>
      `The file ${p.value ?? ''} is not valid JSON${p.line !== undefined ? ` (line ${String(p.line)}, column ${String(p.column ?? '')})` : ''}. Correct the typing error and try again, for example a missing comma or quote.`,
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
      `${where(p)}: "${p.value ?? ''}" is not a municipality code. Enter the four-digit kommunkod, for example 1280 for Malmö — or, for a region, the two-digit länskod, for example 12 for Region Skåne.`,
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

    duplicate_id: (p) => `${where(p)}: the id "${p.value ?? ''}" is already used by ${p.other ?? 'another entry'}. Give each entry an id of its own.`,
    unknown_reference: (p) => {
      const [many, one] = REF[String(p.refKind)] ?? ['entries', 'entry'];
      return `${where(p)} refers to "${p.value ?? ''}" (${p.path ?? ''}), but there is no such id among the ${many}. Correct the id or add the ${one} to the agreement.`;
    },
    unknown_rule: (p) =>
      `There is no rule "${p.value ?? ''}". Check the spelling; rules are named like "hosting-seats" and "area-time-frame".`,
    rule_failed: (p) =>
      `The rule "${p.value ?? ''}" could not run (${String(p.detail ?? '')}), so what it checks is not checked. The other rules ran. Report the fault to samverkan's developers.`,
    rule_disabled: (p) =>
      `The rule "${p.value ?? ''}" is switched off ${p.fromAgreement ? "in the agreement's own rule settings" : 'by whoever runs the check'}, so what it checks is not checked.`,
    rule_adjusted: (p) =>
      `The rule "${p.value ?? ''}" is changed ${p.fromAgreement ? "in the agreement's own rule settings" : 'by whoever runs the check'}: ${[...(p.severity ? [`reported as ${String(p.severity)}`] : []), ...(p.options ?? [])].join(', ')}.`,
    invalid_rule_param: (p) =>
      p.minimum !== undefined
        ? `The rule "${String(p.rule ?? '')}": "${String(p.param ?? '')}" cannot be ${p.value ?? ''}. Give a number from ${p.minimum} to ${p.maximum ?? ''}; the default is used meanwhile.`
        : `The rule "${String(p.rule ?? '')}" has no parameter "${String(p.param ?? '')}". ${(p.options ?? []).length ? `It takes ${list(p.options)}.` : 'It takes no parameters.'}`,
    party_side_missing: (p) =>
      `The agreement has no party for ${side(p)}. Add a party with "side": "${String(p.side ?? '')}" under "parties".`,
    national_principle_missing: (p) =>
      `The principle "${String(p.valueEn ?? p.value ?? '')}", one of the six national principles, is missing. Add it under "principles" with "national": "${String(p.national ?? '')}", in your own words if you like.`,
    municipality_code_unknown: (p) =>
      `The municipality code ${p.value ?? ''} belongs to none of Sweden's 290 municipalities. Enter the four-digit code from SCB, for example 1280 for Malmö. If the party is a region, set "kind": "region" and give its länskod${p.region ? ` (${String(p.region)} has ${p.value ?? ''})` : ''}.`,
    municipality_name_mismatch: (p) =>
      `The municipality code ${p.value ?? ''} belongs to ${String(p.codeName ?? '')}, but the municipality is called ${String(p.name ?? '')} (code ${p.expected ?? ''}). Correct the code or the name.`,
    hosting_seat_vacant: (p) => {
      const who = list(((p.sides as readonly string[] | undefined) ?? []).map((s) => HOST_SIDE[s as keyof typeof HOST_SIDE] ?? s));
      return p.phase === 'identifying-hosts'
        ? `The area "${String(p.area ?? '')}" has no host from ${who} yet. In an area's first step the coordinators identify hosts; add the hosting under "hosts" when it is settled.`
        : `The area "${String(p.area ?? '')}" has no host from ${who}. Every active area has one host from an idéburen organisation and one from a department: add the hosting under "hosts".`;
    },
    hosting_seat_double: (p) =>
      `The area "${String(p.area ?? '')}" has ${String(p.count ?? 2)} hosts from ${HOST_SIDE[p.side as keyof typeof HOST_SIDE] ?? ''} at once. There must be exactly one: end one of the seats with "to".`,
    host_not_ideburen: (p) =>
      p.reason === 'department'
        ? `"${String(p.host ?? '')}" is a department and cannot be the idéburen sektor's host of the area "${String(p.area ?? '')}". Name an idéburen organisation.`
        : `"${String(p.host ?? '')}" is not a formally constituted idéburen organisation (${LEGAL_FORM[String(p.reason)] ?? 'no statutes, board or annual meeting, or no legal form stated'}) and cannot be the idéburen sektor's host of "${String(p.area ?? '')}". Name an association, foundation or religious community with statutes, a board and an annual meeting.`,
    host_informal: (p) =>
      `"${String(p.host ?? '')}" is an informal group, outside the agreement, so it cannot host "${String(p.area ?? '')}". It can take part in collaborations.`,
    host_executive_board: (p) =>
      `The municipality's host of "${String(p.area ?? '')}" is ${board(p)}, but the host must be a department. Give the department that holds the hosting.`,
    hosting_agreement_expired: (p) =>
      `The hosting agreement of "${String(p.host ?? '')}" in "${String(p.area ?? '')}" ran until ${String(p.to ?? '')}, but the hosting goes on. Extend the agreement or end the hosting with "to".`,
    host_not_department: (p) =>
      `"${String(p.host ?? '')}" is an organisation, but the municipality's host of "${String(p.area ?? '')}" must be a department. Give the department's id.`,
    hosting_agreement_missing: (p) =>
      `The hosting by "${String(p.host ?? '')}" of "${String(p.area ?? '')}" has no agreement recorded. An agreement with each hosting organisation regulates the assignment: add it under "agreement" with its reference and date.`,
    hosting_terms_overlap: (p) =>
      `Two hosting seats for ${HOST_SIDE[p.side as keyof typeof HOST_SIDE] ?? ''} in "${String(p.area ?? '')}" overlap: this one starts ${String(p.from ?? '')}, but ${String(p.other ?? '')} ${p.otherTo ? `only ends ${String(p.otherTo)}` : 'has no end date'}. End the earlier one before ${String(p.from ?? '')}.`,
    term_ends_before_start: (p) =>
      `${where(p)}: the end date ${String(p.to ?? '')} is before the start date ${String(p.from ?? '')}. Correct one of the dates.`,
    coordinator_missing: (p) =>
      `There is no coordinator for ${side(p)}. The agreement has one coordinator for the municipality and one for the idéburen sektor: add it under "roles.coordinators".`,
    coordinator_part_time: (p) =>
      `The coordinator for ${side(p)} has ${String(p.fte ?? '')} of a full-time post. The cooperation plan counts on one full-time post for each side; give a post of at least ${String(p.minimum ?? '')} or say why less will do.`,
    coordinator_extra: (p) =>
      `There are ${String(p.count ?? 2)} coordinators for ${side(p)} at once. There must be one: end the extra one with "to" or remove it.`,
    coordinator_attachment_missing: (p) =>
      p.side === 'municipality'
        ? `The municipal coordinator is not tied to any body. Give ${board(p)} under "attachedTo".`
        : 'The metaorganisation the idéburen sektor\'s coordinator is tied to is not stated. Give it under "attachedTo" when it is known.',
    coordinator_not_attached_to_executive_board: (p) =>
      `The municipal coordinator is tied to "${p.value ?? ''}", but must be tied to ${board(p)}. Give the id of ${board(p)} or its office under "attachedTo".`,
    coordinator_not_attached_to_metaorganisation: (p) =>
      `The idéburen sektor's coordinator is tied to "${String(p.name ?? '')}", which is not a metaorganisation. Tie the coordinator to a metaorganisation, or list the organisation's members under "metaorganisation".`,
    working_group_member_missing: (p) =>
      p.role === 'host'
        ? `The host "${String(p.name ?? '')}" of "${String(p.area ?? '')}" is not in the working group. Add it under "roles.workingGroup.members" with "role": "host".`
        : `The coordinator "${String(p.name ?? '')}" is not in the working group. Add it under "roles.workingGroup.members" with "role": "coordinator".`,
    metaorganisation_member_invalid: (p) =>
      p.reason === 'self'
        ? `${where(p)} lists itself as a member. Remove "${p.value ?? ''}" from its members.`
        : `${where(p)} lists the department "${p.value ?? ''}" as a member, but a metaorganisation's members are organisations. Remove it from the members.`,
    duplicate_organisation: (p) =>
      `The organisation "${String(p.name ?? '')}" is already listed as "${String(p.otherName ?? '')}" (${String(p.other ?? '')}) with ${p.by === 'organisation_number' ? 'the same organisation number' : 'the same name'}. Merge the entries and refer to one of them.`,
    informal_joined: (p) =>
      `"${String(p.name ?? '')}" is an informal group and cannot join the agreement. Remove it from "joined"; it may still take part in collaborations.`,
    informal_party: (p) =>
      `"${String(p.name ?? '')}" is an informal group and cannot be a party to the agreement. Name a formally constituted organisation.`,
    organisation_number_invalid: (p) =>
      `${where(p)}: "${p.value ?? ''}" is not a valid organisation number: ${NUMBER_ERROR[String(p.reason)] ?? 'it has the wrong shape'}. Enter the organisation number as ten digits, for example 802000-0009.`,
    organisation_number_legal_form: (p) =>
      `${where(p)}: the organisation number ${p.value ?? ''} starts with ${String(p.group ?? '')}, but ${LEGAL_FORM[String(p.legalForm)] ?? 'the legal form'} has numbers starting with ${p.expected ?? ''}. Check the number or the legal form.`,
    organisation_outside_municipality: (p) =>
      `"${String(p.name ?? '')}" is marked as not active in ${String(p.municipality ?? 'the municipality')}, but is ${ROLE[String(p.role)] ?? 'part of the agreement'}. The agreement covers organisations active in the municipality: check the entry.`,
    grant_too_long: (p) =>
      p.to
        ? `The grant from "${String(p.category ?? '')}" runs to ${String(p.to)}, but may run at most ${String(p.maxYears ?? '')} years from ${String(p.from ?? '')}, that is to ${String(p.lastDay ?? '')}. Shorten it or make a new decision.`
        : `The grant from "${String(p.category ?? '')}" has no end date, but may run at most ${String(p.maxYears ?? '')} years. Give "to", ${String(p.lastDay ?? '')} at the latest.`,
    grant_register_unknown: (p) =>
      `${String(p.name ?? '')} receives a grant from "${String(p.category ?? '')}"${p.grantor ? ` given by ${String(p.grantor)}` : ''}, which requires registration in the association register, but whether the organisation is registered is not stated. Give "associationRegister": true or false.`,
    grant_requires_register: (p) =>
      `${String(p.name ?? '')} receives a grant from "${String(p.category ?? '')}"${p.grantor ? ` given by ${String(p.grantor)}` : ''}, which requires registration in the association register. Register the organisation ("associationRegister": true) before the grant is given.`,
    grant_requires_written_agreement: (p) =>
      `The grant to ${String(p.name ?? '')} from "${String(p.category ?? '')}" requires a written agreement. Add it under "writtenAgreement" with its reference and date.`,
    grant_recipient_not_ideburen: (p) =>
      `${String(p.name ?? '')} is not an idéburen organisation by its entry. Check the recipient, or its legal form, statutes, board and annual meeting.`,
    grant_grantor_not_allowed: (p) =>
      `"${p.value ?? ''}" does not give grants from "${String(p.category ?? '')}" by that category's entry. Choose one of ${list(p.options)}, or add the grantor to the category's "grantors".`,
    agreement_terminated: (p) => `The agreement ended on ${String(p.to ?? '')}. The time rules are measured up to that date.`,
    plan_period_invalid: (p) => `${where(p)} ends ${String(p.to ?? '')}, before it starts ${String(p.from ?? '')}. Correct the period.`,
    plan_period_ended: (p) =>
      `${String(p.plan ?? 'The cooperation plan')} ran until ${String(p.to ?? '')}. Adopt a revised plan and make it the "currentPlan".`,
    plan_not_revised: (p) =>
      `No cooperation plan was adopted in the mandate period ${String(p.from ?? '')} – ${String(p.to ?? '')}. The plan is to be revised or updated once per mandate period; add the revised plan under "plans" if there is one.`,
    plan_revision_due: (p) =>
      `The cooperation plan has not been revised in this mandate period (${String(p.from ?? '')} – ${String(p.to ?? '')}). It is to be revised or updated once per mandate period, by ${String(p.to ?? '')}.`,
    yearly_reports_missing: (p) =>
      `No yearly report to ${board(p)} is recorded for ${list(p.years as readonly string[] | undefined)}. Add the reports under "yearlyReports".`,
    yearly_report_due: (p) =>
      `This year's report to ${board(p)} (${String(p.year ?? '')}) is not recorded yet. The coordinators report yearly; add it under "yearlyReports" once it is made.`,
    area_time_frame_long: (p) =>
      `The area "${String(p.area ?? '')}" has its own time frame of ${String(p.years ?? '')} years. The cooperation plan assumes about four years per area; shorten the time frame to at most ${String(p.maximum ?? '')} years or split the work.`,
    area_time_frame_exceeded: (p) =>
      `The area "${String(p.area ?? '')}" started ${String(p.from ?? '')} and is past its time frame of ${String(p.years ?? '')} years (${String(p.to ?? '')}). Evaluate the area and close or extend it.`,
    region_code_unknown: (p) =>
      `The county code ${p.value ?? ''} belongs to none of Sweden's 21 counties. Enter the region's two-digit länskod from SCB, for example 12 for Region Skåne or 14 for Västra Götalandsregionen.`,
    organising_way_undescribed: (p) =>
      `The way of organising "${p.value ?? ''}" is listed under "organising.ways" but not described. Describe ${WAY[String(p.value)] ?? 'it'} under "organising.${p.value ?? ''}", or remove the way.`,
    organising_way_unlisted: (p) =>
      `${(WAY[String(p.value)] ?? 'The way').replace(/^./, (c) => c.toUpperCase())} is described under "organising.${p.value ?? ''}", but "${p.value ?? ''}" is not among the ways. Add it under "organising.ways".`,
    hosting_not_used: (p) =>
      `The area "${String(p.area ?? '')}" has "${String(p.field ?? '')}", but the agreement does not organise its work by hosting (värdskap). Remove "${String(p.field ?? '')}", or add "hosting" under "organising.ways".`,
    forum_side_missing: (p) =>
      `The forum "${String(p.forum ?? '')}" has no members for ${side(p)} at present. A dialogue forum has members from both sides: add them under "members".`,
    conference_not_held: (p) =>
      `No conference is recorded for ${list(p.years as readonly string[] | undefined)}. Add it under "organising.conference.held" if it was held.`,
    study_association_not_metaorganisation: (p) =>
      `${String(p.name ?? '')} is a study association, and study associations are metaorganisations whose members are organisations. List the members under "metaorganisation.members", an empty list if they are not known.`,
    joining_left_before_joined: (p) =>
      `${where(p)}: left ${String(p.to ?? '')} but joined ${String(p.from ?? '')}. Correct one of the dates.`,
    joining_before_adoption: (p) =>
      `${where(p)}: joined ${p.value ?? ''}, before the agreement was adopted on ${String(p.adopted ?? '')}. Correct the date, or set "to": "declaration-of-intent" if it was the declaration of intent.`,
    joining_declaration_after_adoption: (p) =>
      `${where(p)}: joined the declaration of intent ${p.value ?? ''}, after the agreement was adopted on ${String(p.adopted ?? '')}. Check the date, or set "to": "agreement".`,
    joining_after_end: (p) =>
      `${where(p)}: joined ${p.value ?? ''}, after the agreement ended on ${String(p.to ?? '')}. Correct the date.`,
    joining_not_at_adoption: (p) =>
      `${where(p)}: signed at adoption according to "how", but ${p.value ?? ''} is not the day of adoption, ${String(p.adopted ?? '')}. Correct the date, or set "how" to "application" or "decision".`,
    joining_twice: (p) =>
      `"${p.value ?? ''}" is joined twice at the same time (see ${String(p.other ?? '')}). Say when the first joining ended under "left", or remove one of them.`,
    iop_without_written_agreement: (p) =>
      `The IOP "${String(p.name ?? '')}" has no written agreement. An IOP is set down in writing: give it under "writtenAgreement", for example with its reference and date.`,
    iop_without_period: (p) =>
      `The IOP "${String(p.name ?? '')}" has no period. Give when the partnership starts and ends under "period", for example { "start": "2019-01-01", "end": "2021-12-31" }.`,
    iop_evaluation_overdue: (p) =>
      `The IOP "${String(p.name ?? '')}" was to be evaluated on ${p.value ?? ''}, but the evaluation is not marked as done. Carry it out, or set "done": true and link the report under "report".`,
    revision_overdue: (p) =>
      `The ${p.of === 'agreement' ? 'agreement' : 'cooperation plan'} is revised every ${String(p.years ?? '')} years. The revision of ${String(p.from ?? '')} should have been followed by another by ${String(p.to ?? '')}. Add it under ${p.of === 'agreement' ? '"revisions"' : '"plans"'}, or change "revision".`,
  },
};
