import { actorNames } from '../agreement/actor-names.js';
import type { Agreement } from '../agreement/agreement.js';
import type { AreaPhase, AreaStatus } from '../area/area.js';
import type { Side } from '../hosting/hosting.js';
import type { Principle } from '../principle/principle.js';
import type { LocalizedText } from '../text/text.js';
import { uses } from '../organising/ways.js';

/**
 * Offentlig listning: the public part of an agreement that the embeddable listings show — its
 * principles, the current plan's areas with their hosts by name, the collaborations, and the labels of
 * target groups, districts, departments and forms of collaboration. Ids are resolved to names, so it
 * stands alone; it holds no contact person, grant or internal rule setting.
 *
 * @example
 * ```ts
 * const listing: AgreementListing = toListing(malmo);
 * listing.areas.length; // 5
 * ```
 */
export interface AgreementListing {
  id: string;
  name: LocalizedText;
  municipality: string;
  /** Where the agreement stands: in force (since a date), a draft, or ended on a date. */
  status: { state: 'draft' | 'active' | 'terminated'; date?: string };
  /** The day the data describes the agreement as of, where the agreement says. */
  asOf?: string;
  /** Whether the agreement organises its work by värdskap: only then do areas have hosts and a phase. */
  hosting: boolean;
  principles: Principle[];
  plan: { id: string; name: LocalizedText; period: { start: string; end: string } } | null;
  areas: ListingArea[];
  collaborations: ListingCollaboration[];
  targetGroups: { id: string; label: LocalizedText }[];
  districts: { id: string; label: LocalizedText }[];
  /** Förvaltningar: the departments by name, for a form where a department states its interest. */
  departments: { id: string; name: LocalizedText }[];
  /** Samverkansformer: the forms of collaboration by name. */
  forms: { id: string; name: LocalizedText }[];
}

/**
 * A priority area as the listing shows it: texts, status, phase, start and time frame, and its hosting
 * seats with the holders' names.
 *
 * @example
 * ```ts
 * const area: ListingArea = toListing(malmo).areas[0]!;
 * ```
 */
export interface ListingArea {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  status: AreaStatus;
  /** Only with värdskap. */
  phase?: AreaPhase;
  started?: string;
  timeFrameYears?: number;
  /** The hosting seats; only with värdskap (an empty list there means both seats are vacant). */
  hosts?: { side: Side; name: string; from: string; to?: string }[];
  targetGroups: string[];
  districts: string[];
}

/**
 * A collaboration as the listing shows it, with its partners by name and the link checked to be http(s)
 * by the schema.
 *
 * @example
 * ```ts
 * const c: ListingCollaboration = toListing(malmo).collaborations[0]!;
 * ```
 */
export interface ListingCollaboration {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  areas: string[];
  partners: string[];
  districts: string[];
  targetGroups: string[];
  ages?: { min?: number; max?: number };
  url?: string;
}

/**
 * Projects an agreement onto its public listing (see {@link AgreementListing}): what a web page may show.
 *
 * @example
 * ```ts
 * import { toListing } from '@samverkan/core';
 * writeFileSync('listing.json', JSON.stringify(toListing(agreement)));
 * ```
 */
export function toListing(agreement: Agreement): AgreementListing {
  // Looked up here rather than with getCurrentPlan, whose module builds the schemas: this one stays light.
  const plan = agreement.plans.find((p) => p.id === agreement.currentPlan);
  const names = actorNames(agreement);
  const nameOf = (id: string) => names.get(id) ?? id;
  const hosting = uses(agreement, 'hosting');
  const s = agreement.status;
  return {
    id: agreement.id,
    name: agreement.name,
    municipality: agreement.municipality.name,
    status: { state: s.state, ...(s.state === 'active' && s.since ? { date: s.since } : s.state === 'terminated' ? { date: s.date } : {}) },
    ...(agreement.asOf ? { asOf: agreement.asOf } : {}),
    hosting,
    principles: agreement.principles,
    plan: plan ? { id: plan.id, name: plan.name, period: { start: plan.period.start, end: plan.period.end } } : null,
    areas: (plan?.areas ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      description: a.description,
      status: a.status,
      ...(hosting && a.phase ? { phase: a.phase } : {}),
      ...(a.started ? { started: a.started } : {}),
      ...(a.timeFrameYears ? { timeFrameYears: a.timeFrameYears } : {}),
      ...(hosting ? { hosts: (a.hosts ?? []).map((h) => ({ side: h.side, name: nameOf(h.host), from: h.from, ...(h.to ? { to: h.to } : {}) })) } : {}),
      targetGroups: a.targetGroups ?? [],
      districts: a.districts ?? [],
    })),
    collaborations: agreement.collaborations.map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.description ? { description: c.description } : {}),
      areas: c.areas ?? [],
      partners: c.partners.map((p) => (p.kind === 'other' ? p.name : nameOf(p.ref))),
      districts: c.districts ?? [],
      targetGroups: c.targetGroups ?? [],
      ...(c.ages ? { ages: c.ages } : {}),
      ...(c.url ? { url: c.url } : {}),
    })),
    targetGroups: (agreement.targetGroups ?? []).map((t) => ({ id: t.id, label: t.label })),
    districts: (agreement.districts ?? []).map((d) => ({ id: d.id, label: d.label })),
    departments: agreement.departments.map((d) => ({ id: d.id, name: d.name })),
    forms: agreement.collaborationForms.map((f) => ({ id: f.id, name: f.name })),
  };
}
