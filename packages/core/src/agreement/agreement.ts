import * as z from 'zod/mini';
import { Id, IsoDate, NonNegativeInt, Text } from '../_lib/schema.js';
import { Collaboration, CollaborationForm } from '../collaboration/collaboration.js';
import { Coordinator } from '../coordinator/coordinator.js';
import { Department } from '../department/department.js';
import { GlossaryTerm } from '../glossary/glossary.js';
import { Grant, GrantCategory, GrantTotal } from '../grant/grant.js';
import { Side } from '../hosting/hosting.js';
import { Organisation } from '../organisation/organisation.js';
import { Commitment, CooperationPlan, Revision, RevisionCycle } from '../plan/plan.js';
import { Principle } from '../principle/principle.js';
import { YearlyReportRecord } from './yearly-report-record.js';
import { LocalizedText } from '../text/text.js';
import { RuleSettings } from '../rule/settings.js';
import { District, TargetGroup } from '../vocabulary/vocabulary.js';
import { WorkingGroup } from '../working-group/working-group.js';
import { Certainty, fact, Source } from '../source/source.js';
import { Iop } from '../iop/iop.js';
import { Joining, PartialDate } from '../joining/joining.js';
import { Organising } from '../organising/organising.js';

/**
 * Offentlig part: the kommun or region that is the public party. A kommun (`kind: 'municipality'`, the
 * default) has SCB's four-digit kommunkod (Malmö: 1280); a region (`kind: 'region'`) the two-digit
 * länskod (Region Skåne: 12, Västra Götalandsregionen: 14). `executiveBoard` is its executive board —
 * kommunstyrelsen or regionstyrelsen, named in the data and never assumed — which the municipal
 * coordinator is tied to and reports to (seed 003); `office` is the board's own office (stadskontoret,
 * stadsledningskontoret, regionkansliet), which counts as attached to it. Either id may stand wherever
 * a department id may.
 *
 * @example
 * ```ts
 * const m: Municipality = {
 *   name: 'Malmö stad',
 *   code: '1280',
 *   executiveBoard: { id: 'kommunstyrelsen', name: { sv: 'Kommunstyrelsen', en: 'Municipal Executive Board' }, office: 'stadskontoret' },
 * };
 * const r: Municipality = {
 *   kind: 'region',
 *   name: 'Region Skåne',
 *   code: '12',
 *   executiveBoard: { id: 'regionstyrelsen', name: { sv: 'Regionstyrelsen', en: 'Regional Executive Board' } },
 * };
 * ```
 */
export const Municipality = fact({
  /** `municipality` (kommun, the default) or `region`. */
  kind: z.optional(z.enum(['municipality', 'region'])),
  name: Text,
  /** Kommunkod (four digits) or, for a region, länskod (two digits). */
  code: z.string().check(z.regex(/^\d{2}(?:\d{2})?$/, 'municipality_code')),
  organisationNumber: z.optional(z.string().check(z.regex(/^(?:16)?\d{6}-?\d{4}$/, 'organisation_number'))),
  executiveBoard: fact({ id: Id, name: LocalizedText, office: z.optional(Id) }),
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
export const Party = fact({
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
  fact({ state: z.literal('draft') }),
  fact({ state: z.literal('active'), since: z.optional(IsoDate) }),
  fact({
    state: z.literal('terminated'),
    date: IsoDate,
    reason: LocalizedText,
    decisionReference: z.optional(Text),
  }),
]);
/** @inline */
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/**
 * Avsiktsförklaring: the declaration of intent that came before the agreement (Malmö's of 2015, seeds
 * 000 and 003). The organisations that took part in it or joined it are in the joining register
 * (`joined`, with `to: 'declaration-of-intent'`).
 *
 * @example
 * ```ts
 * const d: DeclarationOfIntent = { year: 2015 };
 * ```
 */
export const DeclarationOfIntent = fact({
  year: NonNegativeInt,
  description: z.optional(LocalizedText),
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
export const Responsibilities = fact({
  joint: z.array(LocalizedText),
  municipality: z.array(LocalizedText),
  sector: z.array(LocalizedText),
});
/** @inline */
export type Responsibilities = z.infer<typeof Responsibilities>;

/**
 * Händelse: a dated event in the agreement's history after or beside what the data holds — a new plan,
 * a revision, a decision to wind it down — with its sources.
 *
 * @example
 * ```ts
 * const e: HistoryEvent = { date: '2024-03-06', text: { sv: 'Kommunstyrelsen beslutade att avveckla Malmöandan i dess nuvarande form.' } };
 * ```
 */
export const HistoryEvent = fact({
  /** A day, a month or a year. */
  date: PartialDate,
  text: LocalizedText,
});
/** @inline */
export type HistoryEvent = z.infer<typeof HistoryEvent>;

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
  /** A note for the people who edit the file; never shown. */
  $comment: z.optional(z.string()),
  /** The version of the file format: `0.2`. A file without it is read as 0.1 and upgraded. */
  formatVersion: z.optional(z.literal('0.2')),
  id: Id,
  name: LocalizedText,
  municipality: Municipality,
  parties: z.array(Party).check(z.minLength(2)),
  adopted: IsoDate,
  /** Diarienummer of the adopting decision, e.g. STK-2017-1039. */
  decisionReference: z.optional(Text),
  status: AgreementStatus,
  /** The day the data describes the agreement as of (its latest source). */
  asOf: z.optional(IsoDate),
  vision: LocalizedText,
  aims: z.array(LocalizedText),
  principles: z.array(Principle),
  plans: z.array(CooperationPlan).check(z.minLength(1)),
  /** The id of the plan in force. */
  currentPlan: Id,
  /** How the work is organised: värdskap, coordinators, a working group, forums, a secretariat, a conference. */
  organising: z.optional(Organising),
  roles: z.optional(
    fact({
      coordinators: z.optional(z.array(Coordinator)),
      workingGroup: z.optional(WorkingGroup),
    }),
  ),
  responsibilities: z.optional(Responsibilities),
  /** Åtaganden: what each party commits to. */
  commitments: z.optional(z.array(Commitment)),
  /** How often the agreement or its plan is revised. Left out: the plan once per mandate period (seed 003). */
  revision: z.optional(RevisionCycle),
  /** Past revisions of the agreement itself. */
  revisions: z.optional(z.array(Revision)),
  departments: z.array(Department),
  organisations: z.array(Organisation),
  declarationOfIntent: z.optional(DeclarationOfIntent),
  /** Anslutna: the register of organisations that joined the agreement or its declaration of intent. */
  joined: z.optional(z.array(Joining)),
  grantCategories: z.array(GrantCategory),
  grantTotals: z.optional(z.array(GrantTotal)),
  /** Individual grants awarded, for the grant rules, the yearly report and open-data exports. */
  grants: z.optional(z.array(Grant)),
  /** Idéburna offentliga partnerskap: the IOPs made under the agreement. */
  iops: z.optional(z.array(Iop)),
  collaborationForms: z.array(CollaborationForm),
  collaborations: z.array(Collaboration),
  targetGroups: z.optional(z.array(TargetGroup)),
  districts: z.optional(z.array(District)),
  glossary: z.array(GlossaryTerm),
  /** The documents and pages the data is drawn from; any object cites them by id in its own `sources`. */
  sources: z.optional(z.array(Source)),
  /** Later history: what happened after (or beside) what the data describes. */
  history: z.optional(z.array(HistoryEvent)),
  certainty: z.optional(Certainty),
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
