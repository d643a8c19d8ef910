// Loaded when the user first reaches into the form (and with it, the sending): checks it with the same core schemas a receiver uses
// (Interest, or PublicInterest when only asking for matches), plus the organisationsnummer rules of core,
// and words each problem for the field it belongs to.
import { groupsForLegalForm, Interest, parseOrganisationNumber, PublicInterest, type LegalForm } from '@samverkan/core';
import type { UiText } from '@samverkan/core/light';
import { check as svCheck } from '@samverkan/core/locales/sv/check';
import type { Field, FieldErrors, FormState } from './form-state.js';

// Sending comes with the checks: nothing is sent before they pass, and the first page load stays small.
export { send } from './send.js';

/** The form field a schema issue's path points at. */
function fieldOf(path: readonly PropertyKey[]): Field {
  const [top, sub] = path;
  if (top === 'stated') return sub === 'organisationNumber' || sub === 'legalForm' || sub === 'department' ? sub : 'name';
  if (top === 'contact') return sub === 'email' ? 'contactEmail' : sub === 'phone' ? 'contactPhone' : 'contactName';
  if (top === 'ages') return sub === 'max' ? 'ageMax' : 'ageMin';
  if (top === 'consent') return sub === 'listing' ? 'listed' : 'consent';
  return (typeof top === 'string' ? top : 'areas') as Field;
}

const age = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));
const list = (ids: string[]) => (ids.length > 0 ? ids : undefined);

/** The interest the form says, as plain data for the schema; optional fields left empty are left out. */
function toCandidate(s: FormState, id: string, submitted: string, withContact: boolean): Record<string, unknown> {
  const orgnr = s.organisationNumber.trim();
  const ages = { min: age(s.ageMin), max: age(s.ageMax) };
  const candidate: Record<string, unknown> = {
    id,
    stated:
      s.kind === 'department'
        ? { kind: 'department', department: s.department }
        : { kind: 'new-organisation', name: s.name, organisationNumber: orgnr || undefined, legalForm: s.legalForm || undefined },
    areas: s.areas,
    targetGroups: list(s.targetGroups),
    ages: ages.min === undefined && ages.max === undefined ? undefined : ages,
    districts: list(s.districts),
    offers: list(s.offers),
    seeks: list(s.seeks),
    forms: list(s.forms),
    wantsToHost: s.wantsToHost || undefined,
    description: s.description.trim() || undefined,
    consent: { matching: s.consent, listing: s.listed },
    submitted,
  };
  if (withContact) {
    const phone = s.contactPhone.trim();
    candidate.contact = { name: s.contactName, email: s.contactEmail.trim(), phone: phone || undefined };
  }
  // Leave the empty optional fields out altogether, as JSON would.
  return JSON.parse(JSON.stringify(candidate)) as Record<string, unknown>;
}

type Meta = { id: string; submitted: string };

/** What {@link checkForm} found: the interest when there is nothing to correct, else the messages. */
export type CheckResult<T> = { ok: true; interest: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

/**
 * Checks the form. With `forMatching`, only what a match needs (no contact, no consent): a preview of
 * matches may be asked for before the contact details are filled in.
 */
export function checkForm(s: FormState, words: UiText['check'] | undefined, meta: Meta, forMatching: true): CheckResult<PublicInterest>;
export function checkForm(s: FormState, words: UiText['check'] | undefined, meta: Meta, forMatching?: false): CheckResult<Interest>;
export function checkForm(s: FormState, words: UiText['check'] | undefined, meta: Meta, forMatching = false): CheckResult<Interest | PublicInterest> {
  const m = words ?? svCheck;
  const errors: FieldErrors = {};
  const candidate = toCandidate(s, meta.id, meta.submitted, !forMatching);
  const parsed = (forMatching ? PublicInterest : Interest).safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      errors[field] ??= field === 'contactEmail' && s.contactEmail.trim() !== '' ? m.emailFormat : m[field];
    }
  }
  // The organisationsnummer gets the specific message (its shape, a personnummer, the first digit, the
  // check digit, or a legal form it does not fit), not the schema's general one.
  if (s.kind === 'organisation' && s.organisationNumber.trim()) {
    const orgnr = parseOrganisationNumber(s.organisationNumber);
    if (!orgnr.ok) errors.organisationNumber = m[`orgnr-${orgnr.error}`];
    else {
      const groups = s.legalForm ? groupsForLegalForm(s.legalForm as LegalForm) : undefined;
      if (groups && !groups.includes(orgnr.number.group)) errors.organisationNumber = m['orgnr-legal-form'];
    }
  }
  const lo = age(s.ageMin);
  const hi = age(s.ageMax);
  if (lo !== undefined && hi !== undefined && !errors.ageMin && !errors.ageMax && hi < lo) errors.ageMax = m.ageOrder;
  if (!forMatching && !s.consent) errors.consent = m.consent;
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, interest: parsed.data, errors };
  return { ok: false, errors };
}
