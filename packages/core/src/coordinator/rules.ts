import { isInForce } from '../hosting/hosting.js';
import { uses } from '../organising/ways.js';
import { endsBeforeStart, type Finding, type Rule } from '../rule/rule.js';

/**
 * Exactly one coordinator for the municipality and one for the idéburen sektor (seeds 001, 003:
 * "två samordnare, en från kommunen och en från idéburen sektor"), each about a full-time post. Seed 003:
 * "resurser motsvarande två heltidstjänster, en för kommunen och en för idéburen sektor". A post stated
 * far below that — under `params.minFullTime` (default 0.5, half the seed's post) — is a warning, not an
 * error: the plan states a need for resources, not a rule, and a kommun may staff it otherwise. A post
 * with no `fullTimeEquivalent` stated is not judged.
 */
export const coordinators: Rule = {
  id: 'coordinators',
  params: { minFullTime: { default: 0.5, min: 0.05, max: 1 } },
  check({ agreement, day }, params) {
    const findings: Finding[] = [];
    // Only where the agreement organises its work with coordinators (Malmö's way, not Göteborg's).
    if (!uses(agreement, 'coordinators')) return findings;
    for (const side of ['municipality', 'sector'] as const) {
      const posts = (agreement.roles?.coordinators ?? []).map((c, i) => ({ c, i })).filter(({ c }) => c.side === side && isInForce(c, day));
      if (posts.length === 0) {
        findings.push({ code: 'coordinator_missing', path: ['roles', 'coordinators'], severity: 'error', params: { side } });
      }
      const minimum = params.minFullTime ?? 0.5;
      for (const { c, i } of posts) {
        if (c.fullTimeEquivalent !== undefined && c.fullTimeEquivalent < minimum) {
          findings.push({ code: 'coordinator_part_time', path: ['roles', 'coordinators', i, 'fullTimeEquivalent'], severity: 'warning', params: { side, fte: c.fullTimeEquivalent, minimum } });
        }
      }
      for (const extra of posts.slice(1)) {
        findings.push({
          code: 'coordinator_extra',
          path: ['roles', 'coordinators', extra.i],
          severity: 'error',
          params: { side, count: posts.length },
        });
      }
    }
    return findings;
  },
};

/**
 * The municipal coordinator is tied to the executive board or its own office — Malmö's to the
 * kommunstyrelsen (seed 003: "en tydlig organisatorisk koppling
 * till kommunstyrelsen"); the sector's to a metaorganisation "med ambition att täcka upp hela idéburen
 * sektor" (seed 001).
 */
export const coordinatorAttachment: Rule = {
  id: 'coordinator-attachment',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    agreement.roles?.coordinators?.forEach((c, i) => {
      const path = ['roles', 'coordinators', i, 'attachedTo'];
      if (c.attachedTo === undefined) {
        // Malmö's sources name no metaorganisation for the sector's coordinator: worth a note, not an error.
        findings.push({ code: 'coordinator_attachment_missing', path, severity: c.side === 'municipality' ? 'warning' : 'info', params: { side: c.side } });
      } else if (c.side === 'municipality' && !index.boardAndOffice.has(c.attachedTo)) {
        // The board's own office (stadskontoret, stadsledningskontoret) is the board's staff: tied to it.
        findings.push({ code: 'coordinator_not_attached_to_executive_board', path, severity: 'error', params: { value: c.attachedTo } });
      } else if (c.side === 'sector') {
        const org = index.organisations.get(c.attachedTo)?.item;
        if (!org?.metaorganisation) {
          findings.push({
            code: 'coordinator_not_attached_to_metaorganisation',
            path,
            severity: 'warning',
            params: { value: c.attachedTo, name: org?.name ?? c.attachedTo },
          });
        }
      }
      findings.push(...endsBeforeStart(c, ['roles', 'coordinators', i]));
    });
    return findings;
  },
};
