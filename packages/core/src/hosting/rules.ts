import { localize } from '../text/localize.js';
import { uses } from '../organising/ways.js';
import { endsBeforeStart, type Finding, type Rule } from '../rule/rule.js';
import type { Agreement } from '../agreement/agreement.js';
import type { PriorityArea } from '../area/area.js';
import type { IssuePath } from '../issue/issue.js';
import { hostIneligibility } from './eligibility.js';
import { type Hosting, isInForce, type Side } from './hosting.js';

/**
 * Every active priority area has exactly one host from an idéburen organisation and one from a
 * department. Samarbetsplan 2018–2022 (seed 003): "Det ska alltså finnas ett värdskap och en värd från
 * en idéburen organisation och en förvaltning för varje område." While an area is still at its first
 * step — the coordinators identifying hosts (seed 003, "Arbetets gång") — a vacant seat is a note, not an
 * error.
 */
export const hostingSeats: Rule = {
  id: 'hosting-seats',
  check({ agreement, index, day }) {
    const findings: Finding[] = [];
    if (!uses(agreement, 'hosting')) return findings;
    for (const { item: area, path } of index.currentAreas) {
      if (area.status !== 'active') continue;
      const vacant: Side[] = [];
      for (const side of ['sector', 'municipality'] as const) {
        const inForce = (area.hosts ?? [])
          .map((h, i) => ({ h, i }))
          .filter(({ h }) => h.side === side && isInForce(h, day));
        if (inForce.length === 0) vacant.push(side);
        if (inForce.length > 1) {
          findings.push({
            code: 'hosting_seat_double',
            path: [...path, 'hosts', inForce[1]!.i],
            severity: 'error',
            params: { side, count: inForce.length, area: localize(area.name) },
          });
        }
      }
      if (vacant.length > 0) {
        findings.push({
          code: 'hosting_seat_vacant',
          path: [...path, 'hosts'],
          severity: area.phase === 'identifying-hosts' ? 'info' : 'error',
          params: { sides: vacant, area: localize(area.name), phase: area.phase },
        });
      }
    }
    return findings;
  },
};

/** Calls `visit` for every hosting seat of every area of every plan, with the seat's path. */
function eachSeat(agreement: Agreement, visit: (seat: Hosting, area: PriorityArea, path: IssuePath) => void): void {
  if (!uses(agreement, 'hosting')) return;
  agreement.plans.forEach((plan, p) => plan.areas.forEach((area, a) => area.hosts?.forEach((seat, i) => visit(seat, area, ['plans', p, 'areas', a, 'hosts', i]))));
}

/**
 * The sector's host is a formally constituted idéburen organisation — not an informal group, a company
 * or a department — and the municipality's host is a department (seeds 003, 004).
 */
export const hostEligibility: Rule = {
  id: 'host-eligibility',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    eachSeat(agreement, (seat, area, at) => {
      const path = [...at, 'host'];
      const org = index.organisations.get(seat.host)?.item;
      const municipalBody = index.departments.has(seat.host) || seat.host === index.executiveBoard;
      const params = { value: seat.host, area: localize(area.name), host: org?.name ?? seat.host };
      const executiveBoard = seat.host === index.executiveBoard;
      const why = hostIneligibility(seat.side, { organisation: org, municipalBody, executiveBoard });
      // An unknown id is the references rule's to report.
      if (why === 'informal') findings.push({ code: 'host_informal', path, severity: 'error', params });
      else if (why === 'not_ideburen' || why === 'municipal_body') {
        findings.push({
          code: 'host_not_ideburen',
          path,
          severity: 'error',
          params: { ...params, reason: why === 'municipal_body' ? 'department' : notIdeburenReason(org?.legalForm) },
        });
      } else if (why === 'organisation') findings.push({ code: 'host_not_department', path, severity: 'error', params });
      // Seed 003: "en värd från en idéburen organisation och en förvaltning": the board is no förvaltning.
      else if (why === 'executive_board') findings.push({ code: 'host_executive_board', path, severity: 'error', params });
    });
    return findings;
  },
};

/** Why an organisation is not idéburen: a legal form outside the sector, or no formal constitution. */
function notIdeburenReason(form: string | undefined): string {
  return form === 'limited-company' || form === 'trading-partnership' || form === 'public-body' ? form : 'not_formal';
}

/**
 * A hosting idéburen organisation has its hosting avtal recorded, and the avtal has not run out while the
 * seat is still held. Seed 003: "Det kommer därför att upprättas avtal mellan kommunen och respektive
 * ansvarig idéburen organisation som reglerar förutsättningarna för uppdraget."
 */
export const hostingAgreement: Rule = {
  id: 'hosting-agreement',
  check({ agreement, index, day, timeRules }) {
    const findings: Finding[] = [];
    eachSeat(agreement, (seat, area, path) => {
      if (seat.side !== 'sector') return;
      const params = { area: localize(area.name), host: index.organisations.get(seat.host)?.item.name ?? seat.host };
      if (!seat.agreement) {
        findings.push({ code: 'hosting_agreement_missing', path, severity: 'warning', params });
      } else if (timeRules && seat.agreement.validUntil !== undefined && seat.agreement.validUntil < day && isInForce(seat, day)) {
        // The seat is held without the avtal that regulates it.
        findings.push({ code: 'hosting_agreement_expired', path: [...path, 'agreement', 'validUntil'], severity: 'warning', params: { ...params, to: seat.agreement.validUntil } });
      }
    });
    return findings;
  },
};

/** Terms of the same seat do not overlap, and no term ends before it starts. */
export const hostingTerms: Rule = {
  id: 'hosting-terms',
  check({ agreement }) {
    const findings: Finding[] = [];
    if (!uses(agreement, 'hosting')) return findings;
    agreement.plans.forEach((plan, p) =>
      plan.areas.forEach((area, a) => {
        const base = ['plans', p, 'areas', a, 'hosts'];
        const hosts = area.hosts ?? [];
        hosts.forEach((seat, i) => findings.push(...endsBeforeStart(seat, [...base, i])));
        for (const side of ['sector', 'municipality'] as const) {
          const seats = hosts
            .map((seat, i) => ({ seat, i }))
            .filter(({ seat }) => seat.side === side)
            .sort((x, y) => (x.seat.from < y.seat.from ? -1 : x.seat.from > y.seat.from ? 1 : x.i - y.i));
          for (let k = 1; k < seats.length; k++) {
            const before = seats[k - 1]!;
            const after = seats[k]!;
            if (before.seat.to === undefined || before.seat.to >= after.seat.from) {
              findings.push({
                code: 'hosting_terms_overlap',
                path: [...base, after.i],
                severity: 'error',
                params: {
                  side,
                  area: localize(area.name),
                  other: `hosts[${before.i}]`,
                  from: after.seat.from,
                  otherTo: before.seat.to ?? '',
                },
              });
            }
          }
        }
      }),
    );
    return findings;
  },
};

/**
 * Hosts and phases belong to värdskap: an agreement that organises its work another way (forums, a
 * secretariat) gives its areas neither, so nothing shows a seat as vacant. Each area that has them anyway
 * is reported, at the first of the two.
 */
export const hostingUnused: Rule = {
  id: 'hosting-unused',
  check({ agreement }) {
    if (uses(agreement, 'hosting')) return [];
    const findings: Finding[] = [];
    agreement.plans.forEach((plan, p) =>
      plan.areas.forEach((area, a) => {
        const field = area.hosts !== undefined ? 'hosts' : area.phase !== undefined ? 'phase' : undefined;
        if (field) findings.push({ code: 'hosting_not_used', path: ['plans', p, 'areas', a, field], severity: 'error', params: { area: localize(area.name), field } });
      }),
    );
    return findings;
  },
};
