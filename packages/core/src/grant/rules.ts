import { addDays, addYears, format, parseISO } from 'date-fns';
import { isIdeburen } from '../organisation/organisation.js';
import { localize } from '../text/localize.js';
import { endsBeforeStart, type Finding, type Rule } from '../rule/rule.js';

/**
 * A grant runs no longer than its category allows: kommunstyrelsens anslag för projekt och utredningar
 * "kan utgå under maximalt två år" (seed 004). A grant with no end date in such a category is reported too,
 * and so is any grant whose term ends before it starts.
 * `params.defaultMaxYears` sets a limit for categories that have none of their own.
 */
export const grantDuration: Rule = {
  id: 'grant-duration',
  params: { defaultMaxYears: { min: 0.1, max: 50 } },
  check({ agreement, index }, params) {
    const findings: Finding[] = [];
    agreement.grants?.forEach((grant, i) => {
      findings.push(...endsBeforeStart(grant, ['grants', i]));
      const category = index.grantCategories.get(grant.category);
      const maxYears = category?.maxDurationYears ?? params.defaultMaxYears;
      if (category === undefined || maxYears === undefined) return;
      // The last allowed day: two years from 2019-01-01 is 2020-12-31.
      const lastDay = format(addDays(addYears(parseISO(grant.from), maxYears), -1), 'yyyy-MM-dd');
      if (grant.to === undefined || grant.to > lastDay) {
        findings.push({
          code: 'grant_too_long',
          path: ['grants', i, grant.to === undefined ? 'from' : 'to'],
          severity: 'error',
          params: { category: localize(category.name), maxYears, from: grant.from, to: grant.to ?? '', lastDay },
        });
      }
    });
    return findings;
  },
};

/**
 * A grant that requires registration in the föreningsregister is not given to an organisation without it,
 * nor one that requires a written agreement (IOP, seed 002) without the agreement. Registration is
 * required by a category (`requiresAssociationRegister`) or by the grantor for all its grants: seed 004,
 * of fritidsförvaltningen, "Genom kravet på registrering vid ansökan om bidrag, besitter
 * fritidsförvaltningen ett omfattande föreningsregister". A recipient known not to be registered is an
 * error; one whose registration is not stated, a warning (the data is silent, not wrong).
 */
export const grantRequirements: Rule = {
  id: 'grant-requirements',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    agreement.grants?.forEach((grant, i) => {
      const category = index.grantCategories.get(grant.category);
      if (!category) return;
      const org = index.organisations.get(grant.recipient)?.item;
      const grantor = index.departments.get(grant.grantor)?.item;
      const byGrantor = grantor?.requiresAssociationRegister === true;
      const params = { category: localize(category.name), name: org?.name ?? grant.recipient, ...(byGrantor ? { grantor: localize(grantor.name) } : {}) };
      if ((category.requiresAssociationRegister || byGrantor) && org && org.associationRegister !== true) {
        const known = org.associationRegister === false;
        findings.push({ code: known ? 'grant_requires_register' : 'grant_register_unknown', path: ['grants', i, 'recipient'], severity: known ? 'error' : 'warning', params });
      }
      if (category.requiresWrittenAgreement && !grant.writtenAgreement) {
        findings.push({ code: 'grant_requires_written_agreement', path: ['grants', i], severity: 'error', params });
      }
    });
    return findings;
  },
};

/** Grants go to the idéburen sektor (seed 004, "Stöd och bidrag till idéburen sektor"). */
export const grantRecipient: Rule = {
  id: 'grant-recipient',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    agreement.grants?.forEach((grant, i) => {
      const org = index.organisations.get(grant.recipient)?.item;
      if (org && !isIdeburen(org)) {
        findings.push({ code: 'grant_recipient_not_ideburen', path: ['grants', i, 'recipient'], severity: 'warning', params: { name: org.name } });
      }
    });
    return findings;
  },
};

/** A grant is given by one of its category's grantors ("Varje förvaltnings … stöd styrs av dess nämnds … regelverk", seed 004). */
export const grantGrantor: Rule = {
  id: 'grant-grantor',
  check({ agreement, index }) {
    const findings: Finding[] = [];
    agreement.grants?.forEach((grant, i) => {
      const category = index.grantCategories.get(grant.category);
      if (category && category.grantors.length > 0 && !category.grantors.includes(grant.grantor)) {
        findings.push({
          code: 'grant_grantor_not_allowed',
          path: ['grants', i, 'grantor'],
          severity: 'warning',
          params: { value: grant.grantor, category: localize(category.name), options: category.grantors },
        });
      }
    });
    return findings;
  },
};
