import * as z from 'zod/mini';
import { AgeRange, Id, IsoDate, Text, WebUrl } from '../_lib/schema.js';
import { LegalForm } from '../organisation/organisation.js';

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
  z.strictObject({ kind: z.literal('organisation'), organisation: Id }),
  z.strictObject({ kind: z.literal('department'), department: Id }),
  z.strictObject({
    kind: z.literal('new-organisation'),
    name: Text,
    organisationNumber: z.optional(z.string().check(z.regex(/^(?:16)?\d{6}-?\d{4}$/, 'organisation_number'))),
    legalForm: z.optional(LegalForm),
    website: z.optional(WebUrl),
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
  name: Text,
  email: z.email(),
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
  id: Id,
  stated: InterestParty,
  areas: z.array(Id).check(z.minLength(1)),
  targetGroups: z.optional(z.array(Id)),
  ages: z.optional(AgeRange),
  districts: z.optional(z.array(Id)),
  offers: z.optional(z.array(Resource)),
  seeks: z.optional(z.array(Resource)),
  /** Ids of the agreement's forms of collaboration. */
  forms: z.optional(z.array(Id)),
  /** Language tags the actor works in, e.g. `sv`, `ar`, `so`. */
  languages: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'language')))),
  /** Wants to host an area (värdskap); `hostAreas` narrows which, else any of `areas`. */
  wantsToHost: z.optional(z.boolean()),
  hostAreas: z.optional(z.array(Id)),
  description: z.optional(Text),
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
