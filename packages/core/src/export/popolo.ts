import type { Agreement } from '../agreement/agreement.js';
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
    { id: agreement.municipality.executiveBoard.id, name: localize(agreement.municipality.executiveBoard.name), classification: 'kommunstyrelse', parent_id: municipality },
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
    ...(agreement.roles.workingGroup ? [{ id: wg, name: localize({ sv: 'Arbetsgrupp' }), classification: 'arbetsgrupp' }] : []),
  ];
  const posts: PopoloPost[] = agreement.roles.coordinators.map((c) => ({
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
      for (const h of a.hosts) {
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
  for (const m of agreement.roles.workingGroup?.members ?? []) {
    add({
      organization_id: wg,
      ...(m.role === 'coordinator' ? { post_id: m.member } : { member: { '@type': 'Organization' as const, id: m.member } }),
      role: m.role === 'coordinator' ? 'samordnare' : m.role === 'host' ? 'värd' : 'adjungerad',
      ...(m.side ? { on_behalf_of_id: sideBody(m.side) } : {}),
      ...(m.from ? { start_date: m.from } : {}),
      ...(m.to ? { end_date: m.to } : {}),
    });
  }
  return { organizations, posts, memberships };
}

/**
 * The agreement's organisations as CSV: id, name, organisationsnummer, legal form, kind, whether it is a
 * metaorganisation and its members, districts, target groups, website, and whether it signed the
 * declaration of intent.
 *
 * @example
 * ```ts
 * writeFileSync('organisationer.csv', organisationsToCsv(malmo));
 * ```
 */
export function organisationsToCsv(agreement: Agreement): string {
  const signed = new Set(agreement.declarationOfIntent?.signatories ?? []);
  return csv(
    ['id', 'name', 'organisation_number', 'legal_form', 'kind', 'metaorganisation', 'members', 'districts', 'target_groups', 'website', 'signatory'],
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
      signed.has(o.id) ? 'yes' : 'no',
    ]),
  );
}
