import { tableSize } from '../_lib/fnv.js';
import type { IssuePath } from '../issue/issue.js';
import { groupsForLegalForm, parseOrganisationNumber } from '../organisation-number/organisation-number.js';
import type { Finding, Rule } from '../rule/rule.js';
import { isInformal, normaliseOrganisationName, organisationNameKey } from './organisation.js';

/**
 * A metaorganisation's members are organisations — "organisationer som har föreningar som medlemmar och
 * inte privatpersoner" (seed 000) — so a member is neither the organisation itself nor a department.
 * Unknown member ids are the references rule's to report.
 */
export const metaorganisationMembers: Rule = {
  id: 'metaorganisation-members',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    // Plain loops: a callback per organisation was a closure made for each of thousands.
    const { organisations } = agreement;
    for (let i = 0; i < organisations.length; i++) {
      const org = organisations[i]!;
      const members = org.metaorganisation?.members;
      if (members === undefined) continue;
      for (let j = 0; j < members.length; j++) {
        const member = members[j]!;
        const reason = member === org.id ? 'self' : index.departments.has(member) || member === index.executiveBoard ? 'department' : undefined;
        if (reason) {
          findings.push({
            code: 'metaorganisation_member_invalid',
            path: ['organisations', i, 'metaorganisation', 'members', j],
            severity: 'error',
            params: { value: member, reason },
          });
        }
      }
    }
    return findings;
  },
};

/**
 * The same organisation is listed once: two entries with the same organisationsnummer, or the same name
 * once case, white space and punctuation are set aside, are reported with both paths. Seed 000 lists
 * "Studieförbundet Bilda Sydväst" twice among 33 signatories.
 */
export const duplicateOrganisations: Rule = {
  id: 'duplicate-organisations',
  check({ agreement }) {
    const findings: Finding[] = [];
    const byNumber = new Map<string, number>();
    const { organisations } = agreement;
    // Organisations by the number of their normalised name (organisationNameKey), in a table of its
    // own rather than a Map: one slot per number, holding the first organisation with each name; the
    // others with a different name but the same number follow it in `next`, in list order. No string
    // is made for a name seen once, and nothing is allocated per organisation.
    const size = tableSize(organisations.length);
    const mask = size - 1;
    const slotKey = new Int32Array(size);
    // Position + 1 of the first organisation whose name has the slot's number; 0 for an empty slot.
    const slotFirst = new Int32Array(size);
    // Position + 1 of the next organisation with a name of the same number; 0 at the end.
    const next = new Int32Array(organisations.length);
    for (let i = 0; i < organisations.length; i++) {
      const org = organisations[i]!;
      const parsed = org.organisationNumber ? parseOrganisationNumber(org.organisationNumber) : undefined;
      const number = parsed?.ok ? parsed.number.value : undefined;
      const key = organisationNameKey(org.name);
      let slot = key & mask;
      while (slotFirst[slot] !== 0 && slotKey[slot] !== key) slot = (slot + 1) & mask;
      let byItsName: number | undefined;
      let last = -1;
      if (slotFirst[slot] !== 0) {
        const name = normaliseOrganisationName(org.name);
        for (let j = slotFirst[slot]! - 1; j >= 0; j = next[j]! - 1) {
          last = j;
          if (normaliseOrganisationName(organisations[j]!.name) === name) {
            byItsName = j;
            break;
          }
        }
      }
      const byItsNumber = number !== undefined ? byNumber.get(number) : undefined;
      const earlier = byItsNumber ?? byItsName;
      if (earlier !== undefined) {
        const other = organisations[earlier]!;
        findings.push({
          code: 'duplicate_organisation',
          path: ['organisations', i],
          severity: 'warning',
          params: {
            name: org.name,
            otherName: other.name,
            other: `organisations[${earlier}]`,
            by: number !== undefined && byItsNumber === earlier ? 'organisation_number' : 'name',
          },
        });
      }
      if (number !== undefined && byItsNumber === undefined) byNumber.set(number, i);
      if (byItsName === undefined) {
        if (last < 0) {
          slotKey[slot] = key;
          slotFirst[slot] = i + 1;
        } else next[last] = i + 1;
      }
    }
    return findings;
  },
};

/**
 * Informal groups are outside the agreement's scope (seed 004: "Begreppet idéburen sektor inbegriper inte
 * informella organisationer"): they may take part in collaborations, never sign or be a party. Hosting is
 * the host-eligibility rule's.
 */
export const informalScope: Rule = {
  id: 'informal-scope',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    const informal = (id: string | undefined) => {
      const org = id === undefined ? undefined : index.organisations.get(id)?.item;
      return org && isInformal(org) ? org : undefined;
    };
    agreement.joined?.forEach((j, i) => {
      const org = informal(j.organisation);
      if (org) findings.push({ code: 'informal_joined', path: ['joined', i, 'organisation'], severity: 'error', params: { name: org.name } });
    });
    agreement.parties.forEach((party, i) => {
      const org = informal(party.organisation);
      if (org) findings.push({ code: 'informal_party', path: ['parties', i, 'organisation'], severity: 'error', params: { name: org.name } });
    });
    return findings;
  },
};

/**
 * An organisationsnummer is a real one (Luhn check digit, never a personnummer), and its group digit
 * agrees with the stated legal form. The municipality's own number is in group 2.
 */
export const organisationNumbers: Rule = {
  id: 'organisation-number',
  check({ agreement }) {
    const findings: Finding[] = [];
    const check = (value: string, path: IssuePath, allowed: readonly number[] | undefined, form: string) => {
      const parsed = parseOrganisationNumber(value);
      if (!parsed.ok) {
        findings.push({ code: 'organisation_number_invalid', path, severity: 'error', params: { value, reason: parsed.error } });
      } else if (allowed && !allowed.includes(parsed.number.group)) {
        findings.push({
          code: 'organisation_number_legal_form',
          path,
          severity: 'error',
          params: { value, group: parsed.number.group, legalForm: form, expected: allowed.join(` / `) },
        });
      }
    };
    const own = agreement.municipality.organisationNumber;
    if (own) check(own, ['municipality', 'organisationNumber'], [2], 'public-body');
    const { organisations } = agreement;
    for (let i = 0; i < organisations.length; i++) {
      const org = organisations[i]!;
      if (org.organisationNumber) {
        check(org.organisationNumber, ['organisations', i, 'organisationNumber'], org.legalForm ? groupsForLegalForm(org.legalForm) : undefined, org.legalForm ?? '');
      }
    }
    return findings;
  },
};

/**
 * The agreement covers organisations active in the municipality (seed 004: "I nulägesbilden ingår enbart
 * idéburna organisationer med verksamhet i Malmö"): one marked as not active there is flagged where it
 * joins, hosts or receives a grant.
 */
export const geography: Rule = {
  id: 'geography',
  check({ agreement, index }) {
    const roles = new Map<string, string>();
    agreement.joined?.forEach((j) => roles.set(j.organisation, 'joined'));
    agreement.plans.forEach((plan) => plan.areas.forEach((area) => area.hosts?.forEach((h) => roles.set(h.host, 'host'))));
    agreement.grants?.forEach((g) => roles.set(g.recipient, 'recipient'));
    // Only the first organisation with an id that has a role is looked at (the index knows which),
    // not each of thousands; the findings come in the organisations' order.
    const findings: Finding[] = [];
    for (const [id, role] of roles) {
      const first = index.organisations.get(id);
      if (first?.item.activeInMunicipality === false) {
        findings.push({
          code: 'organisation_outside_municipality',
          path: ['organisations', first.path[1]!, 'activeInMunicipality'],
          severity: 'warning',
          params: { name: first.item.name, role, municipality: agreement.municipality.name },
        });
      }
    }
    return findings.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
  },
};

/**
 * A studieförbund is a metaorganisation — seed 000 counts "studieförbund" among the organisations "som har
 * föreningar som medlemmar och inte privatpersoner" — so one recorded without its member organisations
 * gets a note asking for them.
 */
export const studyAssociations: Rule = {
  id: 'study-association-members',
  check({ agreement }) {
    const findings: Finding[] = [];
    const { organisations } = agreement;
    for (let i = 0; i < organisations.length; i++) {
      const org = organisations[i]!;
      if (org.kind === 'study-association' && !org.metaorganisation) {
        findings.push({ code: 'study_association_not_metaorganisation', path: ['organisations', i], severity: 'info', params: { name: org.name } });
      }
    }
    return findings;
  },
};
