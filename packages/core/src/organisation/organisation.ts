import * as z from 'zod/mini';
import { Id, Text, WebUrl } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../_lib/fnv.js';

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
 * Formella kännetecken: the markers of a formally constituted organisation. Seed 004: "Idéburen sektor
 * bör alltså avse formellt uppbyggda organisationer med stadgar, styrelse, årsmöte osv." Which markers
 * count depends on the legal form ({@link REQUIRED_MARKERS}): a stiftelse has a board and statutes
 * (stiftelseförordnande) but no årsmöte; an ekonomisk förening counts only with a non-profit purpose.
 * A marker left out is not held against an organisation; one stated as `false` is.
 *
 * @example
 * ```ts
 * const formal: FormalMarkers = { statutes: true, board: true, annualMeeting: true };
 * ```
 */
export const FormalMarkers = fact({
  /** Stadgar (for a stiftelse: its stiftelseförordnande). */
  statutes: z.optional(z.boolean()),
  /** Styrelse. */
  board: z.optional(z.boolean()),
  /** Årsmöte (föreningsstämma). A stiftelse has none. */
  annualMeeting: z.optional(z.boolean()),
  /** Allmännyttigt, icke vinstutdelande syfte in the statutes — what makes an ekonomisk förening idéburen. */
  nonProfitPurpose: z.optional(z.boolean()),
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
export const Organisation = fact({
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
    fact({
      members: z.array(Id),
    }),
  ),
  /**
   * Registrerad idéburen organisation: entered in Kammarkollegiet's voluntary register under lag
   * (2022:900) om registrering av idéburna organisationer, in force from 2023.
   */
  registeredIdeburen: z.optional(z.boolean()),
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

/**
 * The legal forms of the idéburen sektor (seed 004: stiftelser, trossamfund, ideella och ekonomiska
 * föreningar) and, for each, the formal markers that must not be stated as missing: an ideell förening
 * has statutes, a board and an annual meeting (seed 004); a stiftelse a board and statutes, never an
 * årsmöte; a registered trossamfund statutes and a board; an ekonomisk förening is idéburen only with a
 * non-profit purpose, which must be stated.
 *
 * @example
 * ```ts
 * REQUIRED_MARKERS.foundation; // ['statutes', 'board']
 * ```
 */
export const REQUIRED_MARKERS: Readonly<Partial<Record<LegalForm, readonly (keyof FormalMarkers)[]>>> = {
  'non-profit-association': ['statutes', 'board', 'annualMeeting'],
  'economic-association': ['statutes', 'board', 'annualMeeting', 'nonProfitPurpose'],
  foundation: ['statutes', 'board'],
  'religious-community': ['statutes', 'board'],
};

/** Markers that must be stated `true`, not only left out: an ekonomisk förening's purpose is economic unless its statutes say otherwise. */
const MUST_BE_STATED: ReadonlySet<keyof FormalMarkers> = new Set(['nonProfitPurpose']);

// The legal form a kind implies when none is stated (a studieförbund or a folkrörelse is an ideell förening).
const FORM_OF_KIND: Readonly<Partial<Record<OrganisationKind, LegalForm>>> = {
  association: 'non-profit-association',
  'popular-movement': 'non-profit-association',
  foundation: 'foundation',
  'religious-community': 'religious-community',
  'study-association': 'non-profit-association',
  'folk-high-school': 'non-profit-association',
  'idea-based': 'non-profit-association',
};

/**
 * The formal markers an organisation lacks for its legal form (or, with none stated, the form its kind
 * implies): those stated `false`, and a non-profit purpose not stated for an ekonomisk förening. Empty
 * when nothing is missing; `undefined` when the form is not one of the sector's.
 *
 * @example
 * ```ts
 * missingMarkers({ id: 's', name: 'S', legalForm: 'foundation', formal: { annualMeeting: false } }); // []
 * ```
 */
export function missingMarkers(org: Organisation): (keyof FormalMarkers)[] | undefined {
  const form = org.legalForm ?? (org.kind ? FORM_OF_KIND[org.kind] : undefined);
  const required = form ? REQUIRED_MARKERS[form] : undefined;
  if (!required) return undefined;
  const f = org.formal ?? {};
  return required.filter((m) => f[m] === false || (MUST_BE_STATED.has(m) && f[m] !== true));
}

/**
 * Whether the data states every formal marker the organisation's legal form (or, with none stated, its
 * kind) asks for as `true` — statutes, a board, an annual meeting for an ideell förening (seed 004:
 * "formellt uppbyggda organisationer med stadgar, styrelse, årsmöte osv."). Only then may it be called
 * formally constituted; {@link isIdeburen} asks less (no marker stated missing).
 *
 * @example
 * ```ts
 * statesAllMarkers({ id: 'a', name: 'A', legalForm: 'non-profit-association' }); // false: nothing stated
 * statesAllMarkers({ id: 'a', name: 'A', legalForm: 'foundation', formal: { statutes: true, board: true } }); // true
 * ```
 */
export function statesAllMarkers(org: Organisation): boolean {
  const form = org.legalForm ?? (org.kind ? FORM_OF_KIND[org.kind] : undefined);
  const required = form ? REQUIRED_MARKERS[form] : undefined;
  return required !== undefined && required.every((m) => org.formal?.[m] === true);
}

/**
 * Idéburen: whether an organisation counts as part of the idéburen sektor. It does when its legal form
 * is one of the sector's (ideell or ekonomisk förening, stiftelse, trossamfund) — or, with no legal form
 * stated, its kind is — and it lacks none of the formal markers of that form, as far as the data says
 * (seed 004, {@link REQUIRED_MARKERS}). Companies, public bodies and informal groups never count.
 *
 * @example
 * ```ts
 * isIdeburen({ id: 'x', name: 'X', legalForm: 'non-profit-association' }); // true
 * isIdeburen({ id: 's', name: 'S', legalForm: 'foundation', formal: { statutes: true, board: true, annualMeeting: false } }); // true
 * isIdeburen({ id: 'y', name: 'Y', legalForm: 'informal-group' }); // false
 * ```
 */
export function isIdeburen(org: Organisation): boolean {
  const missing = missingMarkers(org);
  return missing !== undefined && missing.length === 0;
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
  return normaliseLatin1Name(name) ?? normaliseAnyName(name);
}

function normaliseAnyName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    // Punctuation, symbols and white space in one pass: a run of any of them is one space.
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/**
 * A number for {@link normaliseOrganisationName}'s result, computed without building that string for a
 * name in ASCII and Latin-1: two names that normalise alike get the same number; two that do not almost
 * always get different ones (a 30-bit FNV-1a hash), so a match must be confirmed by the names themselves.
 * It lets a list of thousands be checked for duplicate names without a new string for each.
 *
 * @example
 * ```ts
 * organisationNameKey('Kvarnby IK') === organisationNameKey('kvarnby  IK.'); // true
 * ```
 */
export function organisationNameKey(name: string): number {
  let hash = FNV_OFFSET;
  let space = false;
  let started = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const kind = c < 256 ? LATIN1[c]! : 0;
    if (kind === 0) return fnv1a(normaliseAnyName(name));
    if (kind === SEPARATOR) {
      space = true;
      continue;
    }
    // The characters normaliseLatin1Name would return, one by one: a run of separators between words is one space.
    if (space && started) hash = Math.imul(hash ^ 0x20, FNV_PRIME);
    space = false;
    started = true;
    hash = Math.imul(hash ^ (kind === LOWER ? c + 0x20 : c), FNV_PRIME);
  }
  return hash & 0x3fffffff;
}

/** What a character of Latin-1 is to the normalisation: kept as it is, lower-cased, a separator, or none of these. */
const KEEP = 1;
const LOWER = 2;
const SEPARATOR = 3;
const LATIN1 = new Uint8Array(256).map((_, c) => {
  // ASCII white space (\s), and ASCII punctuation and symbols (\p{P}, \p{S}): every printable that is not a letter or digit.
  if ((c >= 0x09 && c <= 0x0d) || (c >= 0x20 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) return SEPARATOR;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return KEEP;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return LOWER;
  return 0;
});

/**
 * The same normalisation for a name written only in ASCII and Latin-1's letters (å, ä, ö, é, ü …), which
 * is almost every name, without Unicode normalisation or a Unicode regex: such a string is already in
 * NFC (no combining mark can follow a letter), and its lower case is the same in every locale. Any other
 * character gives `undefined`, and the full normalisation decides.
 */
function normaliseLatin1Name(name: string): string | undefined {
  let fold = false;
  let lower = false;
  let previous = SEPARATOR;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const kind = c < 256 ? LATIN1[c]! : 0;
    if (kind === 0) return undefined;
    if (kind === LOWER) lower = true;
    // A separator other than one space between two words changes the string.
    else if (kind === SEPARATOR && (c !== 0x20 || previous === SEPARATOR)) fold = true;
    previous = kind;
  }
  if (previous === SEPARATOR && name.length > 0) fold = true;
  const cased = lower ? name.toLowerCase() : name;
  if (!fold) return cased;
  let out = '';
  let start = -1;
  for (let i = 0; i <= cased.length; i++) {
    const separator = i === cased.length || LATIN1[cased.charCodeAt(i)] === SEPARATOR;
    if (!separator && start < 0) start = i;
    else if (separator && start >= 0) {
      out += out === '' ? cased.slice(start, i) : ` ${cased.slice(start, i)}`;
      start = -1;
    }
  }
  return out;
}
