import type { IssuePath } from '../issue/issue.js';
import { countyByCode, countyByRegionName } from '../municipality-code/county.js';
import { municipalityByCode, municipalityByName } from '../municipality-code/municipality-code.js';
import { NATIONAL_PRINCIPLES } from '../principle/principle.js';
import type { IdLookup } from '../rule/agreement-index.js';
import type { Finding, Rule } from '../rule/rule.js';

type RefKind =
  | 'plan'
  | 'area'
  | 'organisation'
  | 'department'
  | 'municipal_body'
  | 'actor'
  | 'coordinator'
  | 'grant_category'
  | 'collaboration_form'
  | 'target_group'
  | 'district'
  | 'party'
  | 'party_or_actor'
  | 'source';

/**
 * Every id is used once in its list — and an organisation and a department never share one, since
 * hosts, attachments and memberships may name either.
 */
export const uniqueIds: Rule = {
  id: 'unique-ids',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    const lists: [string, readonly { id: string }[], IssuePath][] = [
      ['principles', agreement.principles, ['principles']],
      ['parties', agreement.parties, ['parties']],
      ['plans', agreement.plans, ['plans']],
      ['coordinators', agreement.roles?.coordinators ?? [], ['roles', 'coordinators']],
      ['forums', agreement.organising?.forums ?? [], ['organising', 'forums']],
      ['iops', agreement.iops ?? [], ['iops']],
      ['grantCategories', agreement.grantCategories, ['grantCategories']],
      ['collaborationForms', agreement.collaborationForms, ['collaborationForms']],
      ['collaborations', agreement.collaborations, ['collaborations']],
      ['grants', agreement.grants ?? [], ['grants']],
      ['targetGroups', agreement.targetGroups ?? [], ['targetGroups']],
      ['districts', agreement.districts ?? [], ['districts']],
      ['glossary', agreement.glossary, ['glossary']],
      ['sources', agreement.sources ?? [], ['sources']],
    ];
    agreement.plans.forEach((plan, p) => {
      lists.push(['areas', plan.areas, ['plans', p, 'areas']]);
      lists.push(['actions', plan.actions ?? [], ['plans', p, 'actions']]);
    });
    for (const [, items, base] of lists) {
      const first = new Map<string, number>();
      items.forEach((item, i) => {
        const earlier = first.get(item.id);
        if (earlier === undefined) first.set(item.id, i);
        else findings.push(duplicate([...base, i, 'id'], item.id, [...base, earlier]));
      });
    }
    // Organisations, departments and the executive board share one space of ids: each is reported
    // against the first holder of its id, in that order (the index keeps each list's first).
    const board = agreement.municipality.executiveBoard.id;
    const boardPath: IssuePath = ['municipality', 'executiveBoard'];
    agreement.departments.forEach((item, i) => {
      const first = index.departments.get(item.id)!.path;
      if (item.id === board) findings.push(duplicate(['departments', i, 'id'], item.id, boardPath));
      else if (first[1] !== i) findings.push(duplicate(['departments', i, 'id'], item.id, first));
    });
    // Only an organisation whose id the board, a department or an earlier organisation has can be
    // reported: those positions are looked at, in order, rather than each of thousands.
    const suspects = new Set(index.organisationsAgain);
    for (const id of [board, ...index.departments.keys()]) {
      const first = index.organisations.get(id);
      if (first) suspects.add(first.path[1] as number);
    }
    for (const i of [...suspects].sort((a, b) => a - b)) {
      const item = agreement.organisations[i]!;
      const earlier = item.id === board ? boardPath : index.departments.get(item.id)?.path;
      const first = index.organisations.get(item.id)!.path;
      if (earlier) findings.push(duplicate(['organisations', i, 'id'], item.id, earlier));
      else if (first[1] !== i) findings.push(duplicate(['organisations', i, 'id'], item.id, first));
    }
    return findings;
  },
};

function duplicate(path: IssuePath, id: string, other: IssuePath): Finding {
  return { code: 'duplicate_id', path, severity: 'error', params: { value: id, other: formatOther(other) } };
}

function formatOther(path: IssuePath): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}

/** Every id the agreement refers to names something that exists, of the right kind. */
export const references: Rule = {
  id: 'references',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    const sets: Record<RefKind, IdLookup> = {
      plan: new Set(agreement.plans.map((p) => p.id)),
      area: index.areaIds,
      organisation: index.organisations,
      department: index.departments,
      municipal_body: index.municipalBodies,
      actor: index.actors,
      coordinator: new Set((agreement.roles?.coordinators ?? []).map((c) => c.id)),
      grant_category: index.grantCategories,
      collaboration_form: new Set(agreement.collaborationForms.map((f) => f.id)),
      target_group: new Set((agreement.targetGroups ?? []).map((t) => t.id)),
      district: new Set((agreement.districts ?? []).map((d) => d.id)),
      party: new Set([...index.parties, 'joint']),
      party_or_actor: index.partiesAndActors,
      source: new Set((agreement.sources ?? []).map((s) => s.id)),
    };
    const ref = (kind: RefKind, id: string | undefined, path: IssuePath) => {
      if (id !== undefined && !sets[kind].has(id)) {
        findings.push({ code: 'unknown_reference', path, severity: 'error', params: { value: id, refKind: kind } });
      }
    };
    const refs = (kind: RefKind, ids: readonly string[] | undefined, path: IssuePath) =>
      ids?.forEach((id, i) => ref(kind, id, [...path, i]));
    // Whether every id is in `known`: where a list is long (the organisations), paths are built only for a miss.
    const allKnown = (known: IdLookup, ids: readonly string[] | undefined) => {
      if (ids === undefined) return true;
      for (let i = 0; i < ids.length; i++) if (!known.has(ids[i]!)) return false;
      return true;
    };

    ref('plan', agreement.currentPlan, ['currentPlan']);
    agreement.parties.forEach((p, i) => ref('organisation', p.organisation, ['parties', i, 'organisation']));
    agreement.plans.forEach((plan, p) => {
      ref('plan', plan.revises, ['plans', p, 'revises']);
      plan.areas.forEach((area, a) => {
        const at: IssuePath = ['plans', p, 'areas', a];
        area.hosts?.forEach((h, i) => ref('actor', h.host, [...at, 'hosts', i, 'host']));
        refs('target_group', area.targetGroups, [...at, 'targetGroups']);
        refs('district', area.districts, [...at, 'districts']);
      });
      plan.actions?.forEach((action, a) => {
        refs('party_or_actor', action.responsible, ['plans', p, 'actions', a, 'responsible']);
        refs('area', action.areas, ['plans', p, 'actions', a, 'areas']);
      });
    });
    agreement.commitments?.forEach((c, i) => ref('party', c.party, ['commitments', i, 'party']));
    agreement.joined?.forEach((j, i) => ref('organisation', j.organisation, ['joined', i, 'organisation']));
    const organising = agreement.organising;
    organising?.forums?.forEach((forum, f) =>
      forum.members.forEach((m, i) => ref('party_or_actor', m.member, ['organising', 'forums', f, 'members', i, 'member'])),
    );
    if (organising?.secretariat) ref('party_or_actor', organising.secretariat.runBy, ['organising', 'secretariat', 'runBy']);
    agreement.iops?.forEach((iop, i) => {
      refs('actor', iop.parties, ['iops', i, 'parties']);
      iop.contributions.forEach((c, j) => ref('actor', c.party, ['iops', i, 'contributions', j, 'party']));
      ref('area', iop.area, ['iops', i, 'area']);
    });
    ref('department', agreement.municipality.executiveBoard.office, ['municipality', 'executiveBoard', 'office']);
    // Every `sources` list of any object cites the agreement's sources by id.
    for (const { item, path } of index.sourceCitations) ref('source', item, path);
    agreement.roles?.coordinators?.forEach((c, i) => ref('actor', c.attachedTo, ['roles', 'coordinators', i, 'attachedTo']));
    agreement.roles?.workingGroup?.members.forEach((m, i) => {
      const at: IssuePath = ['roles', 'workingGroup', 'members', i];
      ref(m.role === 'coordinator' ? 'coordinator' : 'actor', m.member, [...at, 'member']);
      ref('area', m.area, [...at, 'area']);
    });
    agreement.departments.forEach((d, i) => {
      refs('collaboration_form', d.collaborationForms, ['departments', i, 'collaborationForms']);
      refs('target_group', d.targetGroups, ['departments', i, 'targetGroups']);
      refs('district', d.districts, ['departments', i, 'districts']);
    });
    // A plain loop with each lookup taken once, not per organisation by its kind's name.
    const { organisations } = agreement;
    const { actor, target_group: targetGroup, district } = sets;
    for (let i = 0; i < organisations.length; i++) {
      const o = organisations[i]!;
      const members = o.metaorganisation?.members;
      if (!allKnown(actor, members)) refs('actor', members, ['organisations', i, 'metaorganisation', 'members']);
      if (!allKnown(targetGroup, o.targetGroups)) refs('target_group', o.targetGroups, ['organisations', i, 'targetGroups']);
      if (!allKnown(district, o.districts)) refs('district', o.districts, ['organisations', i, 'districts']);
    }
    agreement.grantCategories.forEach((g, i) => refs('municipal_body', g.grantors, ['grantCategories', i, 'grantors']));
    agreement.grantTotals?.forEach((t, i) => {
      ref('municipal_body', t.grantor, ['grantTotals', i, 'grantor']);
      refs('grant_category', t.categories, ['grantTotals', i, 'categories']);
    });
    agreement.grants?.forEach((g, i) => {
      ref('grant_category', g.category, ['grants', i, 'category']);
      ref('organisation', g.recipient, ['grants', i, 'recipient']);
      ref('municipal_body', g.grantor, ['grants', i, 'grantor']);
      ref('area', g.area, ['grants', i, 'area']);
    });
    agreement.collaborations.forEach((c, i) => {
      const at: IssuePath = ['collaborations', i];
      refs('collaboration_form', c.forms, [...at, 'forms']);
      refs('area', c.areas, [...at, 'areas']);
      c.partners.forEach((p, j) => {
        if (p.kind === 'organisation') ref('organisation', p.ref, [...at, 'partners', j, 'ref']);
        if (p.kind === 'department') ref('department', p.ref, [...at, 'partners', j, 'ref']);
      });
      refs('district', c.districts, [...at, 'districts']);
      refs('target_group', c.targetGroups, [...at, 'targetGroups']);
    });
    return findings;
  },
};

/** An agreement has a party on each side: the municipality and the idéburen sektor (seeds 000, 003). */
export const partySides: Rule = {
  id: 'party-sides',
  check({ agreement }) {
    return (['municipality', 'sector'] as const)
      .filter((side) => !agreement.parties.some((p) => p.side === side))
      .map((side): Finding => ({ code: 'party_side_missing', path: ['parties'], severity: 'error', params: { side } }));
  },
};

/**
 * Each of the six national principles is represented, under its own label or the kommun's: they "utgör
 * ett underlag till alla former för överenskommelser i Sverige" (seed 002).
 */
export const nationalPrinciples: Rule = {
  id: 'national-principles',
  check({ agreement }) {
    const present = new Set(agreement.principles.map((p) => p.national));
    return NATIONAL_PRINCIPLES.filter((p) => !present.has(p.national)).map(
      (p): Finding => ({
        code: 'national_principle_missing',
        path: ['principles'],
        severity: 'warning',
        params: { value: p.label.sv, valueEn: p.label.en ?? p.label.sv, national: p.national ?? '' },
      }),
    );
  },
};

/**
 * The code is SCB's and belongs to the party named: a kommun's four-digit kommunkod, or a region's
 * two-digit länskod (Region Skåne 12, Västra Götalandsregionen 14). A code of the wrong length for the
 * kind is refused with what to write instead.
 */
export const municipalityCode: Rule = {
  id: 'municipality-code',
  check({ agreement }) {
    const { code, name, kind = 'municipality' } = agreement.municipality;
    const path: IssuePath = ['municipality', 'code'];
    if (kind === 'region') {
      const county = countyByCode(code);
      if (!county) return [{ code: 'region_code_unknown', path, severity: 'error', params: { value: code } }];
      const named = countyByRegionName(name);
      return named && named.code !== code
        ? [{ code: 'municipality_name_mismatch', path, severity: 'warning', params: { value: code, codeName: county.region, name, expected: named.code } }]
        : [];
    }
    const entry = municipalityByCode(code);
    if (!entry) return [{ code: 'municipality_code_unknown', path, severity: 'error', params: { value: code, region: countyByCode(code)?.region ?? '' } }];
    const named = municipalityByName(name);
    if (named && named.code !== code) {
      return [
        {
          code: 'municipality_name_mismatch',
          path,
          severity: 'warning',
          params: { value: code, codeName: entry.name, name, expected: named.code },
        },
      ];
    }
    return [];
  },
};
