import type { LegalForm } from '../organisation/organisation.js';

/**
 * Juridisk formgrupp: what the first digit of an organisationsnummer says about the legal form
 * (Skatteverket's grouping): 1 dödsbon, 2 stat, kommuner, regioner and församlingar, 3 foreign
 * companies, 5 aktiebolag, 6 enkla bolag, 7 ekonomiska föreningar, 8 ideella föreningar and stiftelser,
 * 9 handelsbolag and kommanditbolag.
 *
 * @example
 * ```ts
 * const group: LegalFormGroup = 8; // ideell förening or stiftelse
 * ```
 */
export type LegalFormGroup = 1 | 2 | 3 | 5 | 6 | 7 | 8 | 9;

/**
 * A valid organisationsnummer, written the standard way.
 *
 * @example
 * ```ts
 * const n: OrganisationNumber = { value: '212000-1124', group: 2 };
 * ```
 */
export interface OrganisationNumber {
  /** Ten digits as `NNNNNN-NNNN`. */
  value: string;
  group: LegalFormGroup;
}

/**
 * Why a string is not an organisationsnummer: `format` (not ten digits, or twelve starting with 16),
 * `personnummer` (the third digit is below 2, as in a date of birth), `group` (a first digit no legal
 * form uses), or `checksum` (the Luhn check digit does not match).
 *
 * @example
 * ```ts
 * const reason: OrganisationNumberError = 'checksum';
 * ```
 */
export type OrganisationNumberError = 'format' | 'personnummer' | 'group' | 'checksum';

/**
 * Reads an organisationsnummer written `NNNNNN-NNNN`, as ten digits, or as twelve digits starting with
 * `16`. The tenth digit is a Luhn check digit; the third digit is at least 2, so a personnummer (whose
 * third digit is a month's tens) is never accepted — `900101-2385` is refused.
 *
 * @example
 * ```ts
 * parseOrganisationNumber('212000-1124'); // { ok: true, number: { value: '212000-1124', group: 2 } }
 * parseOrganisationNumber('900101-2385'); // { ok: false, error: 'personnummer' }
 * ```
 */
export function parseOrganisationNumber(
  input: string,
): { ok: true; number: OrganisationNumber } | { ok: false; error: OrganisationNumberError } {
  const trimmed = input.trim();
  const match = /^(?:16)?(\d{6})-?(\d{4})$/.exec(trimmed);
  // Twelve digits from 19 or 20 are a personnummer with its century (19900101-1234), not a shape error.
  if (!match) return { ok: false, error: /^(?:19|20)\d{6}-?\d{4}$/.test(trimmed) ? 'personnummer' : 'format' };
  const digits = `${match[1]}${match[2]}`;
  if (Number(digits[2]) < 2) return { ok: false, error: 'personnummer' };
  const group = Number(digits[0]);
  if (![1, 2, 3, 5, 6, 7, 8, 9].includes(group)) return { ok: false, error: 'group' };
  if (!luhnValid(digits)) return { ok: false, error: 'checksum' };
  return { ok: true, number: { value: `${digits.slice(0, 6)}-${digits.slice(6)}`, group: group as LegalFormGroup } };
}

/** The Luhn (mod 10) check over all digits, the last being the check digit. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]);
    // Weights 2,1,2,1,… from the left for a ten-digit number.
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const GROUPS_BY_FORM: Readonly<Record<LegalForm, readonly LegalFormGroup[] | undefined>> = {
  'non-profit-association': [8],
  'economic-association': [7],
  foundation: [8],
  // Registrerade trossamfund are numbered in group 8; Svenska kyrkan's parishes in group 2.
  'religious-community': [2, 8],
  'limited-company': [5],
  'trading-partnership': [9],
  'public-body': [2],
  'informal-group': undefined,
};

/**
 * The legal-form groups an organisationsnummer may be in for a stated legal form, or `undefined` when
 * the form has none (an informal group has no organisationsnummer).
 *
 * @example
 * ```ts
 * groupsForLegalForm('religious-community'); // [2, 8]
 * ```
 */
export function groupsForLegalForm(form: LegalForm): readonly LegalFormGroup[] | undefined {
  return GROUPS_BY_FORM[form];
}
