// Loaded when the user first reaches into the form (and with it, the sending): checks it with the same core schemas a receiver uses
// (Interest, or PublicInterest when only asking for matches), plus the organisationsnummer rules of core,
// and words each problem for the field it belongs to.
import { Interest, parseOrganisationNumber, PublicInterest, type OrganisationNumberError } from '@samverkan/core';
import type { UiLang } from '../../internal/lang-controller.js';
import type { Field, FieldErrors, FormState } from './form-state.js';

// Sending comes with the checks: nothing is sent before they pass, and the first page load stays small.
export { send } from './send.js';

type Message = Field | 'emailFormat' | 'ageOrder' | `orgnr-${OrganisationNumberError}`;

const MESSAGES: Record<UiLang, Record<Message, string>> = {
  sv: {
    kind: 'Välj om ni är en organisation eller en förvaltning',
    name: 'Skriv organisationens namn',
    organisationNumber: 'Kontrollera organisationsnumret',
    'orgnr-format': 'Skriv organisationsnumret med tio siffror, till exempel 802000-0000',
    'orgnr-personnummer': 'Det är ett personnummer. Skriv organisationens nummer eller lämna fältet tomt',
    'orgnr-group': 'Det är inget organisationsnummer: den första siffran ska vara 1–3 eller 5–9',
    'orgnr-checksum': 'Kontrollera organisationsnumret: den sista siffran stämmer inte med de andra',
    legalForm: 'Välj en associationsform i listan',
    department: 'Välj vilken förvaltning ni är',
    areas: 'Välj minst ett område ni vill arbeta med',
    targetGroups: 'Välj målgrupper i listan',
    ageMin: 'Skriv den lägsta åldern i hela år, till exempel 13',
    ageMax: 'Skriv den högsta åldern i hela år, till exempel 19',
    ageOrder: 'Den högsta åldern kan inte vara lägre än den lägsta',
    districts: 'Välj stadsdelar i listan',
    offers: 'Välj det ni kan erbjuda i listan',
    seeks: 'Välj det ni söker i listan',
    forms: 'Välj samverkansformer i listan',
    wantsToHost: 'Kryssa i rutan om ni vill vara värd',
    description: 'Kontrollera beskrivningen',
    contactName: 'Skriv kontaktpersonens namn',
    contactEmail: 'Skriv kontaktpersonens e-postadress',
    emailFormat: 'Skriv e-postadressen i rätt format, till exempel namn@exempel.se',
    contactPhone: 'Skriv telefonnumret med 6–20 siffror, till exempel 040-34 10 00',
    consent: 'Godkänn att uppgifterna behandlas, annars kan intresseanmälan inte skickas',
    listed: 'Kryssa i rutan om ni vill synas i listan',
  },
  en: {
    kind: 'Choose whether you are an organisation or a department',
    name: 'Enter the name of the organisation',
    organisationNumber: 'Check the organisation number',
    'orgnr-format': 'Enter the organisation number as ten digits, like 802000-0000',
    'orgnr-personnummer': 'That is a personal identity number. Enter the organisation’s number or leave the field empty',
    'orgnr-group': 'That is not an organisation number: its first digit must be 1–3 or 5–9',
    'orgnr-checksum': 'Check the organisation number: its last digit does not agree with the others',
    legalForm: 'Choose a legal form from the list',
    department: 'Choose which department you are',
    areas: 'Choose at least one area you want to work on',
    targetGroups: 'Choose target groups from the list',
    ageMin: 'Enter the lowest age in whole years, like 13',
    ageMax: 'Enter the highest age in whole years, like 19',
    ageOrder: 'The highest age cannot be lower than the lowest',
    districts: 'Choose districts from the list',
    offers: 'Choose what you can offer from the list',
    seeks: 'Choose what you are looking for from the list',
    forms: 'Choose forms of collaboration from the list',
    wantsToHost: 'Tick the box if you want to host',
    description: 'Check the description',
    contactName: 'Enter the contact person’s name',
    contactEmail: 'Enter the contact person’s email address',
    emailFormat: 'Enter the email address in the right format, like name@example.org',
    contactPhone: 'Enter the phone number with 6–20 digits, like 040-34 10 00',
    consent: 'Agree to the processing of the details, or the interest cannot be sent',
    listed: 'Tick the box if you want to be listed',
  },
};

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
export function checkForm(s: FormState, lang: UiLang, meta: Meta, forMatching: true): CheckResult<PublicInterest>;
export function checkForm(s: FormState, lang: UiLang, meta: Meta, forMatching?: false): CheckResult<Interest>;
export function checkForm(s: FormState, lang: UiLang, meta: Meta, forMatching = false): CheckResult<Interest | PublicInterest> {
  const m = MESSAGES[lang];
  const errors: FieldErrors = {};
  const candidate = toCandidate(s, meta.id, meta.submitted, !forMatching);
  const parsed = (forMatching ? PublicInterest : Interest).safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      errors[field] ??= field === 'contactEmail' && s.contactEmail.trim() !== '' ? m.emailFormat : m[field];
    }
  }
  if (s.kind === 'organisation' && s.organisationNumber.trim() && !errors.organisationNumber) {
    const orgnr = parseOrganisationNumber(s.organisationNumber);
    if (!orgnr.ok) errors.organisationNumber = m[`orgnr-${orgnr.error}`];
  }
  const lo = age(s.ageMin);
  const hi = age(s.ageMax);
  if (lo !== undefined && hi !== undefined && !errors.ageMin && !errors.ageMax && hi < lo) errors.ageMax = m.ageOrder;
  if (!forMatching && !s.consent) errors.consent = m.consent;
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, interest: parsed.data, errors };
  return { ok: false, errors };
}
