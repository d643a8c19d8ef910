import * as z from 'zod/mini';
import { Id, Text, WebUrl } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';

/**
 * Juridisk form: the legal form of an organisation.
 *
 * - `non-profit-association` — ideell förening
 * - `economic-association` — ekonomisk förening
 * - `foundation` — stiftelse
 * - `religious-community` — (registrerat) trossamfund
 * - `limited-company` — aktiebolag (not idéburen)
 * - `trading-partnership` — handelsbolag (not idéburen)
 * - `public-body` — stat, kommun, region (not idéburen)
 * - `informal-group` — informell grupp or nätverk with no legal person (outside the agreement's scope, seed 004)
 *
 * @example
 * ```ts
 * const form: LegalForm = 'non-profit-association';
 * ```
 */
export const LegalForm = z.enum([
  'non-profit-association',
  'economic-association',
  'foundation',
  'religious-community',
  'limited-company',
  'trading-partnership',
  'public-body',
  'informal-group',
]);
/** @inline */
export type LegalForm = z.infer<typeof LegalForm>;

/**
 * Organisationstyp: what kind of idéburen organisation it is, as seed 004 lists them
 * (folkrörelser, stiftelser, trossamfund, föreningar) plus studieförbund and folkhögskolor (seed 000).
 * `idea-based` is an idéburen organisation whose type the source does not state; `network` and `other`
 * are not counted as idéburen without a legal form that says so.
 *
 * @example
 * ```ts
 * const kind: OrganisationKind = 'study-association';
 * ```
 */
export const OrganisationKind = z.enum([
  'association',
  'popular-movement',
  'foundation',
  'religious-community',
  'study-association',
  'folk-high-school',
  'idea-based',
  'network',
  'other',
]);
/** @inline */
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/**
 * Formella kännetecken: the markers of a formally constituted organisation — stadgar (statutes),
 * styrelse (board) and årsmöte (annual meeting). Seed 004: "Idéburen sektor bör alltså avse formellt
 * uppbyggda organisationer med stadgar, styrelse, årsmöte osv."
 *
 * @example
 * ```ts
 * const formal: FormalMarkers = { statutes: true, board: true, annualMeeting: true };
 * ```
 */
export const FormalMarkers = z.strictObject({
  statutes: z.boolean(),
  board: z.boolean(),
  annualMeeting: z.boolean(),
});
/** @inline */
export type FormalMarkers = z.infer<typeof FormalMarkers>;

/**
 * Organisationsnummer as written: `NNNNNN-NNNN`, ten digits, or twelve digits starting with `16`.
 * The checksum and legal-form checks are the rules' job; this only fixes the shape.
 */
const OrganisationNumber = z.string().check(z.regex(/^(?:16)?\d{6}-?\d{4}$/, 'organisation_number'));

/**
 * Organisation: an organisation that takes part in, signs, hosts or collaborates under the agreement.
 *
 * Idéburen sektor covers formally constituted organisations (seed 004); an informal group is
 * representable (`legalForm: 'informal-group'`) so a collaboration can name it, but it is outside the
 * agreement's scope. A metaorganisation lists its member organisations by id (seed 000: "organisationer
 * som har föreningar som medlemmar och inte privatpersoner").
 *
 * @example
 * ```ts
 * const org: Organisation = {
 *   id: 'kvarnby-ik',
 *   name: 'Kvarnby IK',
 *   legalForm: 'non-profit-association',
 *   formal: { statutes: true, board: true, annualMeeting: true },
 * };
 * ```
 */
export const Organisation = z.strictObject({
  id: Id,
  /** The organisation's own name, as it writes it (not translated). */
  name: Text,
  /** Organisationsnummer. */
  organisationNumber: z.optional(OrganisationNumber),
  legalForm: z.optional(LegalForm),
  kind: z.optional(OrganisationKind),
  formal: z.optional(FormalMarkers),
  /** Metaorganisation: present when the organisation's members are organisations. */
  metaorganisation: z.optional(
    z.strictObject({
      members: z.array(Id),
    }),
  ),
  /** Registrerad i föreningsregistret (required to apply for allmänna föreningsbidrag, seed 004). */
  associationRegister: z.optional(z.boolean()),
  /** Verksam i kommunen: the agreement covers organisations active in the municipality (seed 004). */
  activeInMunicipality: z.optional(z.boolean()),
  districts: z.optional(z.array(Id)),
  targetGroups: z.optional(z.array(Id)),
  website: z.optional(WebUrl),
  description: z.optional(LocalizedText),
});
/** @inline */
export type Organisation = z.infer<typeof Organisation>;

const NON_PROFIT_FORMS: ReadonlySet<LegalForm> = new Set([
  'non-profit-association',
  'economic-association',
  'foundation',
  'religious-community',
]);

const SECTOR_KINDS: ReadonlySet<OrganisationKind> = new Set([
  'association',
  'popular-movement',
  'foundation',
  'religious-community',
  'study-association',
  'folk-high-school',
  'idea-based',
]);

/**
 * Idéburen: whether an organisation counts as part of the idéburen sektor. It does when its legal form
 * is one of the sector's (ideell or ekonomisk förening, stiftelse, trossamfund) — or, with no legal form
 * stated, its kind is — and it is formally constituted with statutes, a board and an annual meeting, as
 * far as the data says (seed 004). Companies, public bodies and informal groups never count.
 *
 * @example
 * ```ts
 * isIdeburen({ id: 'x', name: 'X', legalForm: 'non-profit-association' }); // true
 * isIdeburen({ id: 'y', name: 'Y', legalForm: 'informal-group' }); // false
 * ```
 */
export function isIdeburen(org: Organisation): boolean {
  if (org.legalForm !== undefined) {
    if (!NON_PROFIT_FORMS.has(org.legalForm)) return false;
  } else if (org.kind === undefined || !SECTOR_KINDS.has(org.kind)) {
    // Neither a legal form nor a kind of the sector: nothing shows it to be idéburen.
    return false;
  }
  const f = org.formal;
  // A marker stated as false rules the organisation out; markers left out are not held against it.
  return !f || (f.statutes && f.board && f.annualMeeting);
}

/**
 * Informell grupp: whether an organisation is an informal group or network, which seed 004 places
 * outside the agreement ("Begreppet idéburen sektor inbegriper inte informella organisationer").
 *
 * @example
 * ```ts
 * isInformal({ id: 'natverk', name: 'Boendenätverket', legalForm: 'informal-group' }); // true
 * ```
 */
export function isInformal(org: Organisation): boolean {
  return org.legalForm === 'informal-group';
}

/**
 * Normalises an organisation's name for comparison: case, accents kept (å ≠ a), white space folded,
 * punctuation and dashes dropped. "Studieförbundet  Bilda Sydväst" and "studieförbundet bilda sydväst."
 * compare equal.
 *
 * @example
 * ```ts
 * normaliseOrganisationName('MISO – Malmö Idrottsföreningars Samorganisation'); // 'miso malmö idrottsföreningars samorganisation'
 * ```
 */
export function normaliseOrganisationName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
