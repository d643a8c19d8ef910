import type { Agreement } from '../agreement/agreement.js';
import { listIops } from '../iop/list.js';
import { localize } from '../text/localize.js';
import { csv } from '../_lib/csv.js';

/**
 * An organisation in Popolo form.
 *
 * @example
 * ```ts
 * const o: PopoloOrganization = { id: 'miso', name: 'MISO', classification: 'idéburen organisation' };
 * ```
 */
export interface PopoloOrganization {
  id: string;
  name: string;
  classification: string;
  parent_id?: string;
  identifiers?: { scheme: string; identifier: string }[];
  links?: { url: string; note: string }[];
}

/**
 * A post in Popolo form: a role that exists whoever holds it (the coordinators).
 *
 * @example
 * ```ts
 * const p: PopoloPost = { id: 'samordnare-malmo-stad', label: 'Samordnare för Malmö stad', organization_id: 'kommunstyrelsen', role: 'samordnare' };
 * ```
 */
export interface PopoloPost {
  id: string;
  label: string;
  organization_id: string;
  role: string;
  start_date?: string;
  end_date?: string;
}

/**
 * A membership in Popolo form: an organisation (or post) that is a member of another body in a role,
 * from a date, on behalf of a side.
 *
 * @example
 * ```ts
 * const m: PopoloMembership = { id: 'm1', organization_id: 'malmoandan/area/ungas-halsa', member: { '@type': 'Organization', id: 'miso' }, role: 'värd' };
 * ```
 */
export interface PopoloMembership {
  id: string;
  organization_id: string;
  member?: { '@type': 'Organization'; id: string };
  post_id?: string;
  role: string;
  on_behalf_of_id?: string;
  start_date?: string;
  end_date?: string;
}

/**
 * The agreement's organisations and memberships in a Popolo-style JSON: the municipality, its executive
 * board and departments, the organisations (with `SE-ON` identifiers and metaorganisation members as
 * memberships), each priority area as a body whose hosts are members, the coordinators as posts, and the
 * working group with its members. Posts describe roles, never the people who hold them.
 *
 * @example
 * ```ts
 * import { toPopolo } from '@samverkan/core';
 * writeFileSync('popolo.json', JSON.stringify(toPopolo(malmo), null, 2));
 * ```
 */
export function toPopolo(agreement: Agreement): {
  organizations: PopoloOrganization[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
} {
  const municipality = `${agreement.id}/municipality`;
  const wg = `${agreement.id}/working-group`;
  const sideBody = (side: 'municipality' | 'sector') => (side === 'municipality' ? municipality : `${agreement.id}/sector`);
  const organizations: PopoloOrganization[] = [
    {
      id: municipality,
      name: agreement.municipality.name,
      classification: 'kommun',
      identifiers: [
        { scheme: 'SE-KOMMUNKOD', identifier: agreement.municipality.code },
        ...(agreement.municipality.organisationNumber ? [{ scheme: 'SE-ON', identifier: agreement.municipality.organisationNumber.replace('-', '') }] : []),
      ],
    },
    { id: `${agreement.id}/sector`, name: localize({ sv: 'Idéburen sektor' }), classification: 'idéburen sektor' },
    { id: agreement.municipality.executiveBoard.id, name: localize(agreement.municipality.executiveBoard.name), classification: agreement.municipality.kind === 'region' ? 'regionstyrelse' : 'kommunstyrelse', parent_id: municipality },
    ...agreement.departments.map((d) => ({ id: d.id, name: localize(d.name), classification: d.kind === 'office' ? 'kontor' : 'förvaltning', parent_id: municipality })),
    ...agreement.organisations.map((o): PopoloOrganization => ({
      id: o.id,
      name: o.name,
      classification: o.legalForm === 'informal-group' ? 'informell grupp' : o.metaorganisation ? 'metaorganisation' : 'idéburen organisation',
      ...(o.organisationNumber ? { identifiers: [{ scheme: 'SE-ON', identifier: o.organisationNumber.replace('-', '').replace(/^16/, '') }] } : {}),
      ...(o.website ? { links: [{ url: o.website, note: 'website' }] } : {}),
    })),
    ...agreement.plans.flatMap((p) =>
      p.areas.map((a) => ({ id: `${agreement.id}/${p.id}/${a.id}`, name: localize(a.name), classification: 'prioriterat område' })),
    ),
    ...(agreement.roles?.workingGroup ? [{ id: wg, name: localize({ sv: 'Arbetsgrupp' }), classification: 'arbetsgrupp' }] : []),
    ...(agreement.organising?.forums ?? []).map((f) => ({ id: `${agreement.id}/forum/${f.id}`, name: localize(f.name), classification: 'forum' })),
    ...(agreement.iops ?? []).map((iop) => ({ id: `${agreement.id}/iop/${iop.id}`, name: localize(iop.name), classification: 'idéburet offentligt partnerskap' })),
  ];
  const posts: PopoloPost[] = (agreement.roles?.coordinators ?? []).map((c) => ({
    id: c.id,
    label: c.title ? localize(c.title) : c.id,
    organization_id: c.attachedTo ?? sideBody(c.side),
    role: 'samordnare',
    ...(c.from ? { start_date: c.from } : {}),
    ...(c.to ? { end_date: c.to } : {}),
  }));
  const memberships: PopoloMembership[] = [];
  const add = (m: Omit<PopoloMembership, 'id'>) => memberships.push({ id: `${agreement.id}/membership/${memberships.length + 1}`, ...m });
  for (const o of agreement.organisations) {
    for (const member of o.metaorganisation?.members ?? []) add({ organization_id: o.id, member: { '@type': 'Organization', id: member }, role: 'medlem' });
  }
  for (const p of agreement.plans) {
    for (const a of p.areas) {
      for (const h of a.hosts ?? []) {
        add({
          organization_id: `${agreement.id}/${p.id}/${a.id}`,
          member: { '@type': 'Organization', id: h.host },
          role: 'värd',
          on_behalf_of_id: sideBody(h.side),
          start_date: h.from,
          ...(h.to ? { end_date: h.to } : {}),
        });
      }
    }
  }
  for (const m of agreement.roles?.workingGroup?.members ?? []) {
    add({
      organization_id: wg,
      ...(m.role === 'coordinator' ? { post_id: m.member } : { member: { '@type': 'Organization' as const, id: m.member } }),
      role: m.role === 'coordinator' ? 'samordnare' : m.role === 'host' ? 'värd' : 'adjungerad',
      ...(m.side ? { on_behalf_of_id: sideBody(m.side) } : {}),
      ...(m.from ? { start_date: m.from } : {}),
      ...(m.to ? { end_date: m.to } : {}),
    });
  }
  const parties = new Set(agreement.parties.map((p) => p.id));
  for (const f of agreement.organising?.forums ?? []) {
    for (const m of f.members) {
      // A seat held for a party of the agreement, or by a body of it; a seat with only a role names no one.
      if (m.member === undefined) continue;
      add({
        organization_id: `${agreement.id}/forum/${f.id}`,
        member: { '@type': 'Organization', id: m.member },
        role: 'ledamot',
        on_behalf_of_id: sideBody(m.side),
        ...(m.from ? { start_date: m.from } : {}),
        ...(m.to ? { end_date: m.to } : {}),
      });
    }
  }
  const secretariat = agreement.organising?.secretariat;
  if (secretariat && !parties.has(secretariat.runBy)) {
    add({
      organization_id: municipality,
      member: { '@type': 'Organization', id: secretariat.runBy },
      role: 'sekretariat',
      ...(secretariat.from ? { start_date: secretariat.from } : {}),
      ...(secretariat.to ? { end_date: secretariat.to } : {}),
    });
  }
  for (const j of agreement.joined ?? []) {
    if ((j.to ?? 'agreement') !== 'agreement') continue;
    add({
      organization_id: sideBody('sector'),
      member: { '@type': 'Organization', id: j.organisation },
      role: 'ansluten',
      ...(j.date.length === 10 ? { start_date: j.date } : {}),
      ...(j.left?.length === 10 ? { end_date: j.left } : {}),
    });
  }
  for (const iop of agreement.iops ?? []) {
    for (const party of iop.parties) {
      add({
        organization_id: `${agreement.id}/iop/${iop.id}`,
        member: { '@type': 'Organization', id: party },
        role: 'part',
        ...(iop.period ? { start_date: iop.period.start } : {}),
        ...(iop.period?.end ? { end_date: iop.period.end } : {}),
      });
    }
  }
  return { organizations, posts, memberships };
}

/**
 * The agreement's organisations as CSV: id, name, organisationsnummer, legal form, kind, whether it is a
 * metaorganisation and its members, districts, target groups, website, when it joined the agreement, whether
 * it took part in the declaration of intent, and whether it is in Kammarkollegiet's register.
 *
 * @example
 * ```ts
 * writeFileSync('organisationer.csv', organisationsToCsv(malmo));
 * ```
 */
export function organisationsToCsv(agreement: Agreement): string {
  const register = agreement.joined ?? [];
  const joined = (id: string) => register.find((j) => j.organisation === id && (j.to ?? 'agreement') === 'agreement')?.date;
  const declaration = new Set(register.filter((j) => j.to === 'declaration-of-intent').map((j) => j.organisation));
  return csv(
    ['id', 'name', 'organisation_number', 'legal_form', 'kind', 'metaorganisation', 'members', 'districts', 'target_groups', 'website', 'joined', 'declaration_of_intent', 'registered_ideburen'],
    agreement.organisations.map((o) => [
      o.id,
      o.name,
      o.organisationNumber,
      o.legalForm,
      o.kind,
      o.metaorganisation ? 'yes' : 'no',
      o.metaorganisation?.members.join(' '),
      o.districts?.join(' '),
      o.targetGroups?.join(' '),
      o.website,
      joined(o.id),
      declaration.has(o.id) ? 'yes' : 'no',
      o.registeredIdeburen === undefined ? undefined : o.registeredIdeburen ? 'yes' : 'no',
    ]),
  );
}

/**
 * The agreement's IOPs (idéburna offentliga partnerskap) as CSV: id, name, parties, purpose, period,
 * decision, whether there is a written agreement, money and contributions in kind, next evaluation, and
 * SKR's criteria marked met out of those assessed.
 *
 * @example
 * ```ts
 * writeFileSync('iop.csv', iopsToCsv(agreement));
 * ```
 */
export function iopsToCsv(agreement: Agreement, locale = 'sv'): string {
  return csv(
    ['id', 'name', 'parties', 'purpose', 'start', 'end', 'decision_reference', 'written_agreement', 'money_sek', 'contributions_in_kind', 'next_evaluation', 'criteria_met', 'criteria_assessed'],
    listIops(agreement, locale).map((r) => [
      r.id,
      r.name,
      r.parties.join('; '),
      r.purpose,
      r.start,
      r.end,
      r.decisionReference,
      r.writtenAgreement ? 'yes' : 'no',
      r.moneySek,
      r.inKind,
      r.nextEvaluation,
      r.criteriaMet,
      r.criteriaAssessed,
    ]),
  );
}
