// The shape of a language pack: one catalogue per language for every human word the project says.
// Schema-free (types only), so the web components can import it without zod.
import type { AreaPhase } from '../area/area.js';
import type { Resource } from '../interest/interest.js';
import type { LocaleMessages } from '../issue/issue.js';
import type { schema as svSchema } from './sv/schema.js';
import type { ui as svUi } from './sv/ui.js';

/**
 * What a load-error message may name: the address, the HTTP status, how many errors and where the first is.
 *
 * @example
 * ```ts
 * const d: LoadDetails = { src: 'https://example.org/agreement.json', status: 404 };
 * ```
 */
export interface LoadDetails {
  src: string;
  status?: number;
  count?: number;
  path?: string;
}

/**
 * Words the other sections share: the names of resources (written to sit inside a sentence) and of an
 * area's phases.
 *
 * @example
 * ```ts
 * const common: CommonText = { resources: { premises: 'lokaler', … }, phases: { 'identifying-hosts': 'Värdar identifieras', … } };
 * ```
 */
export interface CommonText {
  resources: Readonly<Record<Resource, string>>;
  phases: Readonly<Record<AreaPhase, string>>;
}

/**
 * Why two interests were matched, and why a host is proposed for a seat: one sentence each. Lists come
 * in already joined (by `Intl.ListFormat` in the pack's language), so a pack only words the sentence.
 *
 * @example
 * ```ts
 * const m: Pick<MatchingText, 'sharedAreas'> = { sharedAreas: (areas) => `Båda vill arbeta inom ${areas}.` };
 * ```
 */
export interface MatchingText {
  /**
   * Both work with the same people or in the same place; an empty string is a part that does not apply.
   * `ages` is a closed range ("13–19"); an open one ("65 and over") comes as `agesFrom`, its lower end.
   */
  sharedPeople: (p: { groups: string; ages: string; agesFrom?: number; districts: string }) => string;
  sharedAreas: (areas: string) => string;
  /** The other offers what you seek. */
  theyOffer: (p: { other: string; resources: string }) => string;
  /** You offer what the other seeks. */
  youOffer: (p: { other: string; resources: string }) => string;
  sharedForms: (forms: string) => string;
  sharedLanguages: (languages: string) => string;
  hostWants: (area: string) => string;
  hostInArea: (area: string) => string;
  hostGroups: (groups: string) => string;
  hostDistricts: (districts: string) => string;
  hostOffers: (resources: string) => string;
  /** A sector host whose formal markers (statutes, board, annual meeting) are all stated. */
  hostSector: string;
  /** A sector host that is idéburen by its legal form, its formal markers not stated. */
  hostSectorByForm: string;
  hostMunicipality: string;
  /** The candidate is an informal group (`informal`) or another organisation outside the idéburen sektor, such as a company. */
  outsideSector: (kind: 'informal' | 'other') => string;
  /**
   * The two work with ages that do not meet at all, so the match keeps only a part of its score. An age
   * span is `{ min, max }`; without `max` it has no upper end ("65 and over").
   */
  agesApart: (p: { other: string; mine: AgeSpan; theirs: AgeSpan }) => string;
  hostNone: string;
}

/**
 * Åldersspann: the ages an interest works with, for wording. Without `max` the span has no upper end.
 *
 * @example
 * ```ts
 * const teens: AgeSpan = { min: 13, max: 19 };
 * const older: AgeSpan = { min: 65 };
 * ```
 */
export interface AgeSpan {
  min: number;
  max?: number;
}

/**
 * The words of `samverkan show`: labels of a plain-text summary of an agreement.
 *
 * @example
 * ```ts
 * const vacant: SummaryText['vacant'] = 'vakant';
 * ```
 */
export interface SummaryText {
  municipalityCode: string;
  adopted: string;
  status: { draft: string; active: (since?: string) => string; terminated: (date: string, reason: string) => string };
  parties: string;
  /** The two sides; `region` names the public side when the party is a region. */
  sides: { municipality: string; region: string; sector: string };
  vision: string;
  aims: string;
  principles: string;
  plan: string;
  noPlan: string;
  areas: string;
  phase: string;
  hostSector: string;
  hostMunicipality: string;
  vacant: string;
  coordinators: string;
  attachedTo: string;
  notStated: string;
  workingGroup: string;
  members: (n: number) => string;
  roles: { coordinator: string; host: string; 'co-opted': string };
  departments: string;
  organisations: string;
  countyCode: string;
  asOf: (date: string) => string;
  joined: (n: number) => string;
  declaration: (year: number, n: number) => string;
  iops: (n: number) => string;
  organising: string;
  ways: Record<'hosting' | 'coordinators' | 'working-group' | 'forums' | 'secretariat' | 'conference', string>;
  forum: (name: string, members: number, meetings: number) => string;
  secretariat: (by: string) => string;
  conference: (name: string, every: number) => string;
  history: string;
  grantCategories: string;
  collaborationForms: string;
  collaborations: string;
  glossary: string;
}

/**
 * The words of `samverkan validate`'s human-readable report.
 *
 * @example
 * ```ts
 * const clean: ValidateText['clean'] = 'Inga anmärkningar.';
 * ```
 */
export interface ValidateText {
  heading: (name: string, today: string) => string;
  counts: (c: { error: number; warning: number; info: number }) => string;
  clean: string;
  root: string;
  group: { error: string; warning: string; info: string };
}

/**
 * The command line's own words; issue messages come from the pack's `messages` and these frame them.
 *
 * @example
 * ```ts
 * const noMatches: CliText['noMatches'] = 'Inga förslag över tröskeln.';
 * ```
 */
export interface CliText {
  usage: string;
  unknownCommand: (cmd: string) => string;
  unknownPreset: (name: string, known: readonly string[]) => string;
  missingArgument: (what: string) => string;
  /** What `missingArgument` asks for, per command. */
  argument: { preset: string; target: string; validateTarget: string; interests: string; migrateTarget: string };
  unknownOption: (opt: string) => string;
  badLocale: (value: string, known: readonly string[]) => string;
  badDate: (value: string) => string;
  badFormat: (value: string, options: readonly string[]) => string;
  missingValue: (option: string) => string;
  badNumber: (option: string, value: string) => string;
  /** An option given a value outside its choices. */
  badChoice: (option: string, value: string, options: string) => string;
  /** `render` of an agreement other than the elements' default, without `--src`. */
  renderNeedsSrc: (target: string) => string;
  unknownInterest: (id: string) => string;
  invalidInterests: (file: string, n: number) => string;
  unknownExport: (kind: string) => string;
  matchHeading: (name: string) => string;
  noMatches: string;
  unreadable: (file: string, reason: string) => string;
  /** Why a file could not be read, by the system's error code. */
  fileError: { missing: string; folder: string; notRegular: string; denied: string };
  invalidAgreement: (file: string, count: number) => string;
  summary: SummaryText;
  validate: ValidateText;
  rule: string;
  iop: {
    heading: (name: string, n: number) => string;
    parties: string;
    period: string;
    written: string;
    decision: string;
    yes: string;
    missing: string;
    contributions: (money: number, inKind: number) => string;
    nextEvaluation: string;
    criteria: (met: number, assessed: number) => string;
  };
  migrated: (change: 'signatories-to-joined' | 'format-version', count?: number) => string;
  rules: {
    heading: (n: number) => string;
    severity: { error: string; warning: string; info: string };
    param: (name: string, min: number, max: number, def?: number) => string;
    source: string;
    howToTune: string;
  };
}

/**
 * The words of the yearly follow-up rendered as Markdown.
 *
 * @example
 * ```ts
 * const title: ReportText['title'] = (name, year) => `# Årlig uppföljning ${year}: ${name}`;
 * ```
 */
export interface ReportText {
  title: (name: string, year: number) => string;
  intro: (party: string, board: string) => string;
  totals: string;
  collaborations: string;
  newCollaborations: string;
  grants: string;
  amount: string;
  /** The currency after an amount: "kr", "SEK". */
  currency: string;
  interests: string;
  /** The grants recorded one by one in the data (not the totals). */
  singleGrants: string;
  /** The heading and summary line of the totals each grantor reports for the year. */
  grantTotals: string;
  grantTotalsNote: string;
  /** An amount (already written as a number) by its precision; `b` is the upper end. */
  amountAs: {
    exact: (a: string) => string;
    'more-than': (a: string) => string;
    approximate: (a: string, b?: string) => string;
    range: (a: string, b: string) => string;
  };
  recipients: (n: string) => string;
  byArea: string;
  byDepartment: string;
  /** The executive board's own table: it is a nämnd, not a förvaltning. */
  executiveBoard: (name: string) => string;
  /** Collaborations with no year: examples, listed apart and counted in no year. */
  undated: string;
  undatedNote: string;
  byForm: string;
  byTargetGroup: string;
  byDistrict: string;
  name: string;
  hosting: string;
  area: string;
  sector: string;
  municipality: string;
  status: string;
  statuses: { complete: string; partial: string; vacant: string };
  vacant: string;
  changes: string;
  newList: string;
  started: string;
  ended: string;
  nothing: string;
  issues: string;
  noIssues: string;
  severity: { error: string; warning: string; info: string };
}

/**
 * The web components' interface: labels, hints, statuses, the form's field messages and the load
 * errors. The Swedish pack is the reference; every other pack has exactly its keys.
 *
 * @example
 * ```ts
 * import { ui } from '@samverkan/core/locales/sv/ui';
 * const retry: UiText['retry'] = ui.retry; // 'Försök igen'
 * ```
 */
export type UiText = typeof svUi;

/**
 * The descriptions of agreement.json's fields (the JSON Schema's `description`, the field reference in
 * docs/reference/, field help in editors) and the words of the generated reference. Keys of `fields` are
 * a field's path with list elements left out (`plans.areas.hosts.host`); a key starting `*.` holds
 * wherever the field stands (`*.sources`, `*.sv`). The Swedish catalogue is the reference; a pack that
 * has the section has exactly its keys, and a pack without it falls back to Swedish.
 *
 * @example
 * ```ts
 * import { schema } from '@samverkan/core/locales/sv/schema';
 * const code: SchemaText['fields']['municipality.code'] = schema.fields['municipality.code'];
 * ```
 */
export type SchemaText = typeof svSchema;

/**
 * The sections of the agreement editor, in the order it shows them.
 *
 * @example
 * ```ts
 * const section: EditorSection = 'organising';
 * ```
 */
export type EditorSection =
  | 'agreement'
  | 'principles'
  | 'plans'
  | 'organising'
  | 'organisations'
  | 'commitments'
  | 'iops'
  | 'grants'
  | 'collaboration'
  | 'sources'
  | 'rules'
  | 'other'
  | 'preview';

/**
 * The words of the agreement editor (`@samverkan/editor`): its start page, toolbar, sections, lists,
 * the label of every field of an agreement (`fields`, by property name; `contextual` by
 * `parent.property` where one name means different things), help texts, the names of the choices
 * (`options`, by `property.value`), the CSV import and the rule settings.
 *
 * @example
 * ```ts
 * const label: EditorText['fields']['adopted'] = 'Antagen';
 * ```
 */
export interface EditorText {
  heading: string;
  nav: string;
  start: {
    heading: string;
    intro: string;
    blankHeading: string;
    kind: string;
    kindMunicipality: string;
    kindRegion: string;
    name: string;
    nameHint: string;
    code: string;
    codeHint: string;
    create: string;
    presetHeading: string;
    malmo: string;
    open: string;
    fileHeading: string;
    file: string;
    drop: string;
    notJson: (file: string) => string;
    loadFailed: (name: string) => string;
    fillName: string;
    /** The executive board's name filled in for a new agreement, in this language and in English. */
    board: { municipality: string; region: string };
    boardEn: { municipality: string; region: string };
    agreementName: (party: string) => string;
    sectorParty: string;
  };
  code: { municipality: (name: string) => string; region: (name: string) => string; organisationNumber: (value: string) => string };
  toolbar: { label: string; undo: string; redo: string; save: string; saved: (file: string) => string; startOver: string; unsaved: string; allSaved: string };
  draft: { restored: (time: string) => string; keep: string; discard: string; discarded: string };
  counts: (c: { error: number; warning: number; info: number }) => string;
  checking: string;
  summary: { heading: string; none: string; severity: { error: string; warning: string; info: string }; whole: string };
  sections: Readonly<Record<EditorSection, string>>;
  sectionHelp: Readonly<Record<EditorSection, string>>;
  list: {
    add: (list: string) => string;
    item: (list: string, position: number) => string;
    remove: (item: string) => string;
    up: (item: string) => string;
    down: (item: string) => string;
    moved: (item: string, position: number) => string;
    removed: (item: string) => string;
    empty: string;
    addField: string;
    addFieldButton: string;
    removeField: (label: string) => string;
    choose: string;
    variant: string;
  };
  languages: { sv: string; en: string };
  boolean: { yes: string; no: string; unset: string };
  rules: { enabled: string; severity: string; asDefault: (severity: string) => string; params: string; param: (name: string, min: number, max: number) => string };
  csv: {
    heading: string;
    intro: string;
    file: string;
    headerRow: string;
    columns: string;
    column: { name: string; organisationNumber: string; legalForm: string; registration: string };
    noColumn: string;
    joinedDate: string;
    joinedHint: string;
    preview: string;
    row: (position: number) => string;
    rowColumn: string;
    checkColumn: string;
    ok: string;
    add: (count: number) => string;
    added: (count: number) => string;
    bad: (count: number) => string;
    addAnyway: string;
    empty: string;
    unknownLegalForm: (value: string) => string;
    unknownRegistration: (value: string) => string;
    missingName: string;
  };
  preview: { language: string; unavailable: string; easySwedish: string };
  /** The label of each property of an agreement, by its name in the file. */
  fields: Readonly<Record<string, string>>;
  /** Labels where a name means something else under a parent: `joined.to`, `members.side`. */
  contextual: Readonly<Record<string, string>>;
  /** Help shown under a field, by property name. */
  help: Readonly<Record<string, string>>;
  /** The name of each choice, by `property.value`: `legalForm.foundation`. */
  options: Readonly<Record<string, string>>;
}

/**
 * A language: its BCP 47 tag (`locale`) and its catalogue, in sections. `messages`/`subject` (the
 * issues), `common`, `matching` and `ui` are what a visitor meets; `cli`, `report`, `schema` and `editor` may be left out
 * (they fall back along the language's chain, to Swedish in the end). Every section a pack has must be
 * complete: TypeScript checks the keys and each message's parameters.
 *
 * @example
 * ```ts
 * import { registerLanguage, type LanguagePack } from '@samverkan/core';
 * const fi: LanguagePack = { locale: 'fi', messages, subject, common, matching, ui };
 * registerLanguage(fi);
 * ```
 */
export interface LanguagePack extends LocaleMessages {
  common: CommonText;
  matching: MatchingText;
  ui: UiText;
  cli?: CliText;
  report?: ReportText;
  /** The agreement file's field descriptions; optional, falling back to Swedish. */
  schema?: SchemaText;
  editor?: EditorText;
}

/**
 * What the web components need of a language: the interface and the words matching explanations use.
 *
 * @example
 * ```ts
 * import { registerLanguage } from '@samverkan/elements';
 * const fi: UiPack = { locale: 'fi', ui, common, matching };
 * registerLanguage(fi);
 * ```
 */
export type UiPack = Pick<LanguagePack, 'locale' | 'ui' | 'common' | 'matching'>;

/**
 * A language as given to {@link registerLanguage}: a tag and any complete sections. A page needs only
 * `ui`, `common` and `matching`; a server that validates needs `messages` and `subject`.
 *
 * @example
 * ```ts
 * const pageOnly: PartialPack = { locale: 'fi', ui, common, matching };
 * ```
 */
export type PartialPack = Pick<LanguagePack, 'locale'> & Partial<Omit<LanguagePack, 'locale'>>;
