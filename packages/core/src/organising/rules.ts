import { endsBeforeStart, type Finding, type Rule } from '../rule/rule.js';
import { isInForce } from '../hosting/hosting.js';
import { localize } from '../text/localize.js';
import { uses } from './ways.js';

/**
 * The ways an agreement says it uses are described, and the ones it describes are said: a forum without
 * `forums` among the ways, or `secretariat` among them with no secretariat named, is reported.
 */
export const organisingWays: Rule = {
  id: 'organising-ways',
  check({ agreement }) {
    const o = agreement.organising;
    if (!o) return [];
    const findings: Finding[] = [];
    const described = { forums: (o.forums?.length ?? 0) > 0, secretariat: o.secretariat !== undefined, conference: o.conference !== undefined } as const;
    for (const way of ['forums', 'secretariat', 'conference'] as const) {
      if (uses(agreement, way) && !described[way]) {
        findings.push({ code: 'organising_way_undescribed', path: ['organising', 'ways'], severity: 'warning', params: { value: way } });
      }
      if (!uses(agreement, way) && described[way]) {
        findings.push({ code: 'organising_way_unlisted', path: ['organising', way], severity: 'warning', params: { value: way } });
      }
    }
    return findings;
  },
};

/**
 * A dialogue forum is of both sides: while it has members in force, it has them on the municipality's and
 * the sector's side (Västra Götalandsregionen's working group: five politicians and five representatives
 * of the sector). No member's term ends before it starts.
 */
export const forumMembers: Rule = {
  id: 'forum-members',
  check({ agreement, day }) {
    const findings: Finding[] = [];
    agreement.organising?.forums?.forEach((forum, f) => {
      const base = ['organising', 'forums', f, 'members'];
      forum.members.forEach((m, i) => findings.push(...endsBeforeStart(m, [...base, i])));
      const current = forum.members.filter((m) => isInForce(m, day));
      if (current.length === 0) return;
      for (const side of ['municipality', 'sector'] as const) {
        if (!current.some((m) => m.side === side)) {
          findings.push({ code: 'forum_side_missing', path: base, severity: 'warning', params: { side, forum: localize(forum.name) } });
        }
      }
    });
    return findings;
  },
};

/**
 * A conference held on a cycle (Uppsala's yearly dialogue conference) has been held in each cycle since
 * the agreement was adopted, as far as the record of held conferences goes: a cycle that ended with none
 * recorded is a note. Only checked when the agreement records any conference held.
 */
export const conferenceHeld: Rule = {
  id: 'conference-held',
  check({ agreement, day, timeRules }) {
    const c = agreement.organising?.conference;
    if (!timeRules || !c?.held || c.held.length === 0) return [];
    const every = c.everyYears ?? 1;
    const years = new Set(c.held.map((h) => Number(h.date.slice(0, 4))));
    const first = Math.min(...years);
    const missing: string[] = [];
    for (let y = first; y + every - 1 < Number(day.slice(0, 4)); y += every) {
      let held = false;
      for (let k = 0; k < every; k++) if (years.has(y + k)) held = true;
      if (!held) missing.push(every === 1 ? String(y) : `${y}–${y + every - 1}`);
    }
    return missing.length > 0
      ? [{ code: 'conference_not_held', path: ['organising', 'conference', 'held'], severity: 'info', params: { years: missing, count: missing.length } }]
      : [];
  },
};
