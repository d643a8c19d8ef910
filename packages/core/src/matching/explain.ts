import type { Agreement } from '../agreement/agreement.js';
import type { PublicInterest } from '../interest/interest.js';
import type { AgreementListing } from '../listing/listing.js';
import { type LocalizedText } from '../text/text.js';
import { BUILT_IN_MATCHING } from '../locales/built-in-matching.js';
import { resolveSection } from '../locales/registry.js';
import type { AgeSpan, PartialPack } from '../locales/types.js';
import { formatList } from '../text/format.js';
import { localize } from '../text/localize.js';
import type { CriterionScore, RankOptions } from './types.js';
import { MAX_AGE } from '../vocabulary/vocabulary.js';
import { isIdeburen, isInformal } from '../organisation/organisation.js';

/** The language tag of a locale given as a tag or a pack. */
export function tagOf(locale: string | PartialPack | undefined): string {
  return (typeof locale === 'object' && locale !== null ? locale.locale : locale) ?? 'sv';
}

/** The matching words for a locale: its own pack's, a registered or built-in one along its chain. */
export function matchingPack(locale: string | PartialPack | undefined) {
  const tag = tagOf(locale);
  const { matching } = resolveSection(locale, 'matching', BUILT_IN_MATCHING);
  const { common } = resolveSection(locale, 'common', BUILT_IN_MATCHING);
  return { tag, matching, common };
}

function lowerFirst(s: string, tag: string): string {
  try {
    return s.charAt(0).toLocaleLowerCase(tag) + s.slice(1);
  } catch {
    return s.charAt(0).toLowerCase() + s.slice(1);
  }
}

/** Labels of the areas, target groups, districts and forms, by id: from the agreement, else its listing. */
function labels(agreement: Agreement | undefined, listing: AgreementListing | undefined) {
  const map = (items: readonly { id: string; name?: LocalizedText; label?: LocalizedText }[] | undefined) =>
    new Map((items ?? []).map((i) => [i.id, (i.name ?? i.label)!]));
  return {
    areas: map(agreement ? agreement.plans.flatMap((p) => p.areas) : listing?.areas),
    targetGroups: map(agreement ? agreement.targetGroups : listing?.targetGroups),
    districts: map(agreement ? agreement.districts : listing?.districts),
    forms: map(agreement ? agreement.collaborationForms : listing?.forms),
  };
}

/**
 * The name to show for whoever stated an interest: the organisation's or department's name from the
 * agreement (a department's also from the listing), or the new organisation's own. Never the contact
 * person's.
 */
export function interestName(interest: PublicInterest, options: Pick<RankOptions, 'agreement' | 'listing' | 'locale'> = {}): string {
  const { agreement, listing } = options;
  const locale = tagOf(options.locale);
  const s = interest.stated;
  if (s.kind === 'new-organisation') return s.name;
  if (s.kind === 'organisation') return agreement?.organisations.find((o) => o.id === s.organisation)?.name ?? s.organisation;
  const d = (agreement ?? listing)?.departments.find((x) => x.id === s.department);
  return d ? localize(d.name, locale) : s.department;
}

/**
 * Labels with any that another contains as a whole word left out: "barn och unga" and "unga" are said
 * as "barn och unga", never "barn och unga och unga".
 */
function withoutContained(labels: readonly string[]): string[] {
  const words = (x: string) => ` ${x.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return labels.filter((x, i) => !labels.some((y, j) => j !== i && y.length > x.length && words(y).includes(words(x))));
}

/**
 * Whether a candidate stands outside the idéburen sektor by what the data says of it: an informal group,
 * or a legal form that is not the sector's (a company, a public body). Seed 004: the sector is
 * "formellt uppbyggda organisationer"; informal organisations are not part of it.
 */
function outsideSector(interest: PublicInterest, agreement: Agreement | undefined): 'informal' | 'other' | undefined {
  const s = interest.stated;
  const org =
    s.kind === 'organisation'
      ? agreement?.organisations.find((o) => o.id === s.organisation)
      : s.kind === 'new-organisation' && s.legalForm
        ? { id: 'new-organisation', name: s.name, legalForm: s.legalForm }
        : undefined;
  if (!org || (org.legalForm === undefined && !('kind' in org && org.kind))) return undefined;
  if (isInformal(org)) return 'informal';
  return isIdeburen(org) ? undefined : 'other';
}

/** An interest's ages as a span for wording: no upper end when none is stated or it is the schema's cap. */
function span(ages: { min?: number | undefined; max?: number | undefined }): AgeSpan {
  const min = ages.min ?? 0;
  return ages.max === undefined || ages.max >= MAX_AGE ? { min } : { min, max: ages.max };
}

/** The localised sentences that say why two interests were matched. */
export function explain(a: PublicInterest, b: PublicInterest, criteria: readonly CriterionScore[], options: RankOptions): string[] {
  const { tag: l, matching: t, common } = matchingPack(options.locale);
  const list = (items: readonly string[]) => formatList(items, l);
  const names = labels(options.agreement, options.listing);
  const label = (kind: keyof typeof names, id: string) => {
    const text = names[kind].get(id);
    return text ? localize(text, l) : id;
  };
  const shared = (c: CriterionScore['criterion']) => criteria.find((x) => x.criterion === c)?.shared ?? [];
  const other = interestName(b, { ...options, locale: l });
  const out: string[] = [];

  const groups = withoutContained(shared('targetGroups').map((id) => lowerFirst(label('targetGroups', id), l)));
  const districts = shared('districts').map((id) => label('districts', id));
  let ages = '';
  let agesFrom: number | undefined;
  let agesApart = '';
  if (a.ages && b.ages) {
    const lo = Math.max(a.ages.min ?? 0, b.ages.min ?? 0);
    const hi = Math.min(a.ages.max ?? MAX_AGE, b.ages.max ?? MAX_AGE);
    // An age range with no upper end is "65 and over", never "65–120" (MAX_AGE is the schema's cap).
    if (hi < lo) agesApart = t.agesApart({ other, mine: span(a.ages), theirs: span(b.ages) });
    else if (hi >= MAX_AGE) agesFrom = lo;
    else ages = `${lo}–${hi}`;
  }
  if (groups.length || ages || agesFrom !== undefined || districts.length) {
    out.push(t.sharedPeople({ groups: list(groups), ages, ...(agesFrom !== undefined ? { agesFrom } : {}), districts: list(districts) }));
  }
  const areas = shared('areas').map((id) => label('areas', id));
  if (areas.length) out.push(t.sharedAreas(list(areas)));

  const theyOffer = (a.seeks ?? []).filter((r) => (b.offers ?? []).includes(r)).map((r) => common.resources[r]);
  if (theyOffer.length) out.push(t.theyOffer({ other, resources: list(theyOffer) }));
  const youOffer = (b.seeks ?? []).filter((r) => (a.offers ?? []).includes(r)).map((r) => common.resources[r]);
  if (youOffer.length) out.push(t.youOffer({ other, resources: list(youOffer) }));

  const forms = shared('forms').map((id) => lowerFirst(label('forms', id), l));
  if (forms.length) out.push(t.sharedForms(list(forms)));

  const languages = shared('languages');
  if (languages.length) {
    let display: Intl.DisplayNames | undefined;
    try {
      display = new Intl.DisplayNames([l], { type: 'language' });
    } catch {
      display = undefined;
    }
    const namesOf = languages.map((code) => {
      try {
        return display?.of(code) ?? code;
      } catch {
        return code;
      }
    });
    out.push(t.sharedLanguages(list(namesOf)));
  }
  // Said last but one: what the score was cut for, before whether the other is in the sector at all.
  if (agesApart) out.push(agesApart);
  const outside = outsideSector(b, options.agreement);
  if (outside) out.push(t.outsideSector(outside));
  return out;
}
