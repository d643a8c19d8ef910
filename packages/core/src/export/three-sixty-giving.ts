import type { Agreement } from '../agreement/agreement.js';
import type { Grant } from '../grant/grant.js';
import { parseOrganisationNumber } from '../organisation-number/organisation-number.js';
import { localize } from '../text/localize.js';

/**
 * Options for {@link to360Giving}.
 *
 * @example
 * ```ts
 * const options: ThreeSixtyGivingOptions = { prefix: '360G-malmostad-' };
 * ```
 */
export interface ThreeSixtyGivingOptions {
  /** The publisher's registered 360Giving identifier prefix for grant ids. Default `360G-samverkan-`. */
  prefix?: string;
  /** The grants to publish; defaults to the agreement's own. */
  grants?: readonly Grant[];
}

/**
 * An organisation as the 360Giving standard names one.
 *
 * @example
 * ```ts
 * const org: ThreeSixtyGivingOrganisation = { id: 'SE-ON-2120001124', name: 'Malmö stad' };
 * ```
 */
export interface ThreeSixtyGivingOrganisation {
  id: string;
  name: string;
  department?: string;
}

/**
 * One grant in the 360Giving standard's JSON.
 *
 * @example
 * ```ts
 * const g: ThreeSixtyGivingGrant = to360Giving(malmo).grants[0]!;
 * ```
 */
export interface ThreeSixtyGivingGrant {
  id: string;
  title: string;
  description: string;
  currency: 'SEK';
  amountAwarded: number;
  awardDate: string;
  plannedDates?: { startDate: string; endDate?: string }[];
  recipientOrganization: ThreeSixtyGivingOrganisation[];
  fundingOrganization: ThreeSixtyGivingOrganisation[];
  grantProgramme?: { code: string; title: string }[];
}

/** The org-id.guide identifier of a Swedish organisation: `SE-ON-` and its ten digits. */
function orgId(organisationNumber: string | undefined, fallback: string): string {
  const parsed = organisationNumber ? parseOrganisationNumber(organisationNumber) : undefined;
  return parsed?.ok ? `SE-ON-${parsed.number.value.replace('-', '')}` : fallback;
}

/**
 * The agreement's grants as 360Giving JSON (`{ "grants": [...] }`): the standard's required fields, the
 * recipient with its `SE-ON-` organisation id, the municipality as funder with the granting department
 * (förvaltning) as `fundingOrganization.department`, and SEK as currency. An organisation with no
 * organisationsnummer gets an id under the grant prefix instead. No contact person is published.
 *
 * @example
 * ```ts
 * import { to360Giving } from '@samverkan/core';
 * writeFileSync('grants.json', JSON.stringify(to360Giving(agreement, { prefix: '360G-malmostad-' }), null, 2));
 * ```
 */
export function to360Giving(agreement: Agreement, options: ThreeSixtyGivingOptions = {}): { grants: ThreeSixtyGivingGrant[] } {
  const prefix = options.prefix ?? '360G-samverkan-';
  const funderId = orgId(agreement.municipality.organisationNumber, `${prefix}${agreement.id}`);
  const bodyName = (id: string) =>
    id === agreement.municipality.executiveBoard.id
      ? localize(agreement.municipality.executiveBoard.name)
      : localize(agreement.departments.find((d) => d.id === id)?.name ?? { sv: id });
  const grants = (options.grants ?? agreement.grants ?? []).map((g): ThreeSixtyGivingGrant => {
    const category = agreement.grantCategories.find((c) => c.id === g.category);
    const recipient = agreement.organisations.find((o) => o.id === g.recipient);
    const title = category ? localize(category.name) : g.category;
    return {
      id: `${prefix}${agreement.id}-${g.id}`,
      title,
      description: g.purpose ? localize(g.purpose) : category?.description ? localize(category.description) : title,
      currency: 'SEK',
      amountAwarded: g.amountSek,
      awardDate: g.from,
      plannedDates: [{ startDate: g.from, ...(g.to ? { endDate: g.to } : {}) }],
      recipientOrganization: [{ id: orgId(recipient?.organisationNumber, `${prefix}org-${g.recipient}`), name: recipient?.name ?? g.recipient }],
      fundingOrganization: [{ id: funderId, name: agreement.municipality.name, department: bodyName(g.grantor) }],
      ...(category ? { grantProgramme: [{ code: category.id, title }] } : {}),
    };
  });
  return { grants };
}
