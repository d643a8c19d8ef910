import { isInForce } from '../hosting/hosting.js';
import { localize } from '../text/localize.js';
import { endsBeforeStart, type Finding, type Rule } from '../rule/rule.js';

/**
 * The working group holds the coordinators and the hosts of the active areas, as its composition says
 * (seed 003: "Samordnare från kommun och idéburna sektorn. Värdar för de prioriterade utmaningarna.").
 * An agreement without a working group, or whose group leaves a kind of member out of its composition,
 * is not held to it.
 */
export const workingGroupMembers: Rule = {
  id: 'working-group',
  check({ agreement, index, day }) {
    const group = agreement.roles?.workingGroup;
    if (!group) return [];
    const findings: Finding[] = [];
    const seated = (role: 'coordinator' | 'host', member: string, area?: string) =>
      group.members.some(
        (m) => m.role === role && m.member === member && (area === undefined || m.area === undefined || m.area === area) && isInForce(m, day),
      );
    if (group.composition.includes('coordinator')) {
      (agreement.roles?.coordinators ?? []).forEach((c) => {
        if (isInForce(c, day) && !seated('coordinator', c.id)) {
          findings.push({
            code: 'working_group_member_missing',
            path: ['roles', 'workingGroup', 'members'],
            severity: 'warning',
            params: { role: 'coordinator', value: c.id, name: c.title ? localize(c.title) : c.id },
          });
        }
      });
    }
    if (group.composition.includes('host')) {
      for (const { item: area } of index.currentAreas) {
        if (area.status !== 'active') continue;
        for (const seat of area.hosts ?? []) {
          if (isInForce(seat, day) && !seated('host', seat.host, area.id)) {
            findings.push({
              code: 'working_group_member_missing',
              path: ['roles', 'workingGroup', 'members'],
              severity: 'warning',
              params: {
                role: 'host',
                value: seat.host,
                name: index.organisations.get(seat.host)?.item.name ?? index.departments.get(seat.host)?.item.name.sv ?? seat.host,
                area: localize(area.name),
              },
            });
          }
        }
      }
    }
    group.members.forEach((m, i) => findings.push(...endsBeforeStart(m, ['roles', 'workingGroup', 'members', i])));
    return findings;
  },
};
