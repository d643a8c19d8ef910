import * as z from 'zod/mini';
import { Id, IsoDate, NonNegativeInt, Text } from '../_lib/schema.js';
import { Collaboration, CollaborationForm } from '../collaboration/collaboration.js';
import { Coordinator } from '../coordinator/coordinator.js';
import { Department } from '../department/department.js';
import { GlossaryTerm } from '../glossary/glossary.js';
import { Grant, GrantCategory, GrantTotal } from '../grant/grant.js';
import { Side } from '../hosting/hosting.js';
import { Organisation } from '../organisation/organisation.js';
import { CooperationPlan } from '../plan/plan.js';
import { Principle } from '../principle/principle.js';
import { YearlyReportRecord } from './yearly-report-record.js';
import { LocalizedText } from '../text/text.js';
import { RuleSettings } from '../rule/settings.js';
import { District, TargetGroup } from '../vocabulary/vocabulary.js';
import { WorkingGroup } from '../working-group/working-group.js';

/**
 * Kommun (or region): the public party. `code` is the four-digit kommunkod from SCB (Malmö: 1280).
 * `executiveBoard` is the kommunstyrelse, which the municipal coordinator is tied to and reports to
 * (seed 003); its `id` may be referred to wherever a department id may.
 *
 * @example
 * ```ts
 * const m: Municipality = {
 *   name: 'Malmö stad',
 *   code: '1280',
 *   executiveBoard: { id: 'kommunstyrelsen', name: { sv: 'Kommunstyrelsen', en: 'Municipal Executive Board' } },
 * };
 * ```
 */
export const Municipality = z.strictObject({
  name: Text,
  code: z.string().check(z.regex(/^\d{4}$/, 'municipality_code')),
  organisationNumber: z.optional(z.string().check(z.regex(/^(?:16)?\d{6}-?\d{4}$/, 'organisation_number'))),
  executiveBoard: z.strictObject({ id: Id, name: LocalizedText }),
});
/** @inline */
export type Municipality = z.infer<typeof Municipality>;

/**
 * Part: a party to the agreement. There is one on the municipality's side and one or more on the
 * sector's (Malmö's plan 2021–2026 had Malmö stad, Malmö Ideella and MISO). `organisation` links a
 * sector party to its record among the agreement's organisations.
 *
 * @example
 * ```ts
 * const p: Party = { id: 'miso', name: 'MISO – Malmö Idrottsföreningars Samorganisation', side: 'sector', organisation: 'miso' };
 * ```
 */
export const Party = z.strictObject({
  id: Id,
  name: Text,
  side: Side,
  organisation: z.optional(Id),
});
/** @inline */
export type Party = z.infer<typeof Party>;

/**
 * Status: `draft`, `active` (in force), or `terminated` on a date for a reason — Malmö's kommunstyrelse,
 * for one, decided on 2024-03-06 to wind Malmöandan down.
 *
 * @example
 * ```ts
 * const s: AgreementStatus = {
 *   state: 'terminated',
 *   date: '2024-03-06',
 *   reason: { sv: 'Kommunstyrelsen beslutade att avveckla överenskommelsen.' },
 * };
 * ```
 */
export const AgreementStatus = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('draft') }),
  z.strictObject({ state: z.literal('active'), since: z.optional(IsoDate) }),
  z.strictObject({
    state: z.literal('terminated'),
    date: IsoDate,
    reason: LocalizedText,
    decisionReference: z.optional(Text),
  }),
]);
/** @inline */
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/**
 * Avsiktsförklaring: the declaration of intent that came before the agreement, with its signatories
 * (organisation ids). Malmö's was signed in 2015 (seeds 000, 003).
 *
 * @example
 * ```ts
 * const d: DeclarationOfIntent = { year: 2015, signatories: ['mip', 'miso'] };
 * ```
 */
export const DeclarationOfIntent = z.strictObject({
  year: NonNegativeInt,
  description: z.optional(LocalizedText),
  signatories: z.array(Id),
});
/** @inline */
export type DeclarationOfIntent = z.infer<typeof DeclarationOfIntent>;

/**
 * Ansvar: who is responsible for what — jointly, the municipality, the sector (seed 003, "Ansvar").
 *
 * @example
 * ```ts
 * const r: Responsibilities = {
 *   joint: [{ sv: 'Samarbetsplanen' }],
 *   municipality: [{ sv: 'En årlig rapportering/uppföljning av samverkan' }],
 *   sector: [],
 * };
 * ```
 */
export const Responsibilities = z.strictObject({
  joint: z.array(LocalizedText),
  municipality: z.array(LocalizedText),
  sector: z.array(LocalizedText),
});
/** @inline */
export type Responsibilities = z.infer<typeof Responsibilities>;

/**
 * Källa: a document the agreement's data is drawn from, so each fact can cite it.
 *
 * @example
 * ```ts
 * const s: Source = { id: 'samarbetsplan-2018', title: 'Samarbetsplan 2018–2022', date: '2018-06-13' };
 * ```
 */
export const Source = z.strictObject({
  id: Id,
  title: Text,
  date: z.optional(IsoDate),
  publisher: z.optional(Text),
});
/** @inline */
export type Source = z.infer<typeof Source>;

/**
 * Lokal överenskommelse: the agreement between a kommun and the idéburen sektor — its parties,
 * principles, plans with their priority areas, roles, departments, organisations, grant categories,
 * forms of collaboration, collaborations and shared terms. Any kommun or region writes its own as JSON
 * against the schema (`samverkan schema`) and loads it with {@link defineAgreement}.
 *
 * @example
 * ```ts
 * import { defineAgreement } from '@samverkan/core';
 * const result = defineAgreement(JSON.parse(text));
 * if (result.ok) console.log(result.agreement.name.sv);
 * ```
 */
export const Agreement = z.strictObject({
  /** The JSON Schema the file was written against; ignored when read. */
  $schema: z.optional(z.string()),
  id: Id,
  name: LocalizedText,
  municipality: Municipality,
  parties: z.array(Party).check(z.minLength(2)),
  adopted: IsoDate,
  /** Diarienummer of the adopting decision, e.g. STK-2017-1039. */
  decisionReference: z.optional(Text),
  status: AgreementStatus,
  vision: LocalizedText,
  aims: z.array(LocalizedText),
  principles: z.array(Principle),
  plans: z.array(CooperationPlan).check(z.minLength(1)),
  /** The id of the plan in force. */
  currentPlan: Id,
  roles: z.strictObject({
    coordinators: z.array(Coordinator),
    workingGroup: z.optional(WorkingGroup),
  }),
  responsibilities: z.optional(Responsibilities),
  departments: z.array(Department),
  organisations: z.array(Organisation),
  declarationOfIntent: z.optional(DeclarationOfIntent),
  grantCategories: z.array(GrantCategory),
  grantTotals: z.optional(z.array(GrantTotal)),
  /** Individual grants awarded, for the grant rules, the yearly report and open-data exports. */
  grants: z.optional(z.array(Grant)),
  collaborationForms: z.array(CollaborationForm),
  collaborations: z.array(Collaboration),
  targetGroups: z.optional(z.array(TargetGroup)),
  districts: z.optional(z.array(District)),
  glossary: z.array(GlossaryTerm),
  sources: z.optional(z.array(Source)),
  /** Årliga rapporter: the yearly reports made to the kommunstyrelsen. */
  yearlyReports: z.optional(z.array(YearlyReportRecord)),
  /** How this agreement applies the library's rules: switched off, another severity, parameters. */
  rules: z.optional(RuleSettings),
});
/** @inline */
export type Agreement = z.infer<typeof Agreement>;

/**
 * The plan in force: the one `currentPlan` names, or `undefined` when no plan has that id.
 *
 * @example
 * ```ts
 * import { malmo } from '@samverkan/core/presets/malmo';
 * getCurrentPlan(malmo)?.areas.length; // 5
 * ```
 */
export function getCurrentPlan(agreement: Agreement): CooperationPlan | undefined {
  return agreement.plans.find((p) => p.id === agreement.currentPlan);
}
