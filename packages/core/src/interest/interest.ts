import * as z from 'zod/mini';
import { AgeRange } from '../vocabulary/vocabulary.js';
import { Id, IsoDate, Text, WebUrl } from '../_lib/schema.js';
import { LegalForm } from '../organisation/organisation.js';

// Caps on what one interest may hold. An interest arrives from a public form, so the receiver that checks
// it with this schema must bound what a stranger can make it store; the caps are far above any real
// entry (an organisation's name, a few paragraphs of description, a list of areas).
const MAX_NAME = 200;
const MAX_DESCRIPTION = 4000;
const MAX_URL = 2000;
/** RFC 5321 §4.5.3.1: a path (address) is at most 256 octets, the brackets included. */
const MAX_EMAIL = 254;
const MAX_ID = 100;
const MAX_LIST = 100;

const InterestId = Id.check(z.maxLength(MAX_ID));
const IdList = z.array(InterestId).check(z.maxLength(MAX_LIST));

/**
 * Resurs: what an actor can offer or is looking for in a collaboration — premises, volunteers,
 * knowledge, a network, funding, activities, reach to a target group, equipment.
 *
 * @example
 * ```ts
 * const r: Resource = 'premises';
 * ```
 */
export const Resource = z.enum(['premises', 'volunteers', 'knowledge', 'network', 'funding', 'activities', 'reach', 'equipment']);
/** @inline */
export type Resource = z.infer<typeof Resource>;

const ResourceList = z.array(Resource).check(z.maxLength(MAX_LIST));

/**
 * Who states an interest: one of the agreement's organisations or departments by id, or a new
 * organisation with its own details.
 *
 * @example
 * ```ts
 * const who: InterestParty = { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård', legalForm: 'non-profit-association' };
 * ```
 */
export const InterestParty = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('organisation'), organisation: InterestId }),
  z.strictObject({ kind: z.literal('department'), department: InterestId }),
  z.strictObject({
    kind: z.literal('new-organisation'),
    name: Text.check(z.maxLength(MAX_NAME)),
    organisationNumber: z.optional(z.string().check(z.regex(/^(?:16)?\d{6}-?\d{4}$/, 'organisation_number'))),
    legalForm: z.optional(LegalForm),
    website: z.optional(WebUrl.check(z.maxLength(MAX_URL))),
  }),
]);
/** @inline */
export type InterestParty = z.infer<typeof InterestParty>;

/**
 * Kontaktperson: personal data. It is kept for the coordinators who follow an interest up and never
 * appears in a match, a listing or an export ({@link toPublicInterest} drops it).
 *
 * @example
 * ```ts
 * const c: Contact = { name: 'Anna Andersson', email: 'anna@example.org' };
 * ```
 */
export const Contact = z.strictObject({
  name: Text.check(z.maxLength(MAX_NAME)),
  email: z.email().check(z.maxLength(MAX_EMAIL)),
  phone: z.optional(z.string().check(z.regex(/^\+?[\d\s()-]{6,20}$/, 'phone'))),
});
/** @inline */
export type Contact = z.infer<typeof Contact>;

/**
 * Samverkansintresse: what an organisation or a department wants to do together — the areas, the
 * target groups and ages, the districts, what it offers and seeks, the forms of collaboration and
 * languages, whether it wants to host an area — with its consent and a contact person. The coordinators
 * match organisations and departments (seed 003) from these.
 *
 * @example
 * ```ts
 * const interest: Interest = {
 *   id: 'laxhjalp-rosengard',
 *   stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård' },
 *   areas: ['ungas-halsa-och-livsstil'],
 *   targetGroups: ['unga'],
 *   ages: { min: 13, max: 19 },
 *   districts: ['rosengard'],
 *   offers: ['volunteers', 'activities'],
 *   seeks: ['premises'],
 *   consent: { matching: true, listing: true },
 *   contact: { name: 'Anna Andersson', email: 'anna@example.org' },
 * };
 * ```
 */
export const Interest = z.strictObject({
  id: InterestId,
  stated: InterestParty,
  areas: IdList.check(z.minLength(1)),
  targetGroups: z.optional(IdList),
  ages: z.optional(AgeRange),
  districts: z.optional(IdList),
  offers: z.optional(ResourceList),
  seeks: z.optional(ResourceList),
  /** Ids of the agreement's forms of collaboration. */
  forms: z.optional(IdList),
  /** Language tags the actor works in, e.g. `sv`, `ar`, `so`. */
  languages: z.optional(
    z.array(z.string().check(z.maxLength(35), z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'language'))).check(z.maxLength(MAX_LIST)),
  ),
  /** Wants to host an area (värdskap); `hostAreas` narrows which, else any of `areas`. */
  wantsToHost: z.optional(z.boolean()),
  hostAreas: z.optional(IdList),
  description: z.optional(Text.check(z.maxLength(MAX_DESCRIPTION))),
  consent: z.strictObject({
    /** May be matched with others. */
    matching: z.boolean(),
    /** May be listed publicly (without the contact). */
    listing: z.boolean(),
  }),
  contact: Contact,
  submitted: z.optional(IsoDate),
});
/** @inline */
export type Interest = z.infer<typeof Interest>;

/**
 * An interest without its contact person: what matches, listings and exports may show, and what a
 * public list of candidates for matching holds (the schema checks one).
 *
 * @example
 * ```ts
 * const shown: PublicInterest = toPublicInterest(interest);
 * ```
 */
export const PublicInterest = z.omit(Interest, { contact: true });
/** @inline */
export type PublicInterest = z.infer<typeof PublicInterest>;

/**
 * Drops the contact person (personal data) from an interest. Every output of the library goes through it.
 *
 * @example
 * ```ts
 * 'contact' in toPublicInterest(interest); // false
 * ```
 */
export function toPublicInterest(interest: PublicInterest & { contact?: unknown }): PublicInterest {
  const { contact: _contact, ...rest } = interest;
  return rest;
}

/**
 * Which side an interest is on: an organisation's (existing or new) or a department's.
 *
 * @example
 * ```ts
 * interestSide({ kind: 'department', department: 'fritidsforvaltningen' }); // 'municipality'
 * ```
 */
export function interestSide(stated: InterestParty): 'sector' | 'municipality' {
  return stated.kind === 'department' ? 'municipality' : 'sector';
}
