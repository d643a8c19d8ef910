import type { Agreement } from '../agreement/agreement.js';
import type { PublicInterest } from '../interest/interest.js';
import { RESOURCE_LABELS } from '../interest/resource-labels.js';
import type { AgreementListing } from '../listing/listing.js';
import { type LocalizedText } from '../text/text.js';
import { localize } from '../text/localize.js';
import type { CriterionScore, RankOptions } from './rank.js';

function lang(locale: string | undefined): 'sv' | 'en' {
  return locale?.toLowerCase().split('-')[0] === 'en' ? 'en' : 'sv';
}

function list(items: readonly string[], l: 'sv' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${l === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
}

function lowerFirst(s: string, l: 'sv' | 'en'): string {
  return s.charAt(0).toLocaleLowerCase(l) + s.slice(1);
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
  const { agreement, listing, locale } = options;
  const s = interest.stated;
  if (s.kind === 'new-organisation') return s.name;
  if (s.kind === 'organisation') return agreement?.organisations.find((o) => o.id === s.organisation)?.name ?? s.organisation;
  const d = (agreement ?? listing)?.departments.find((x) => x.id === s.department);
  return d ? localize(d.name, locale) : s.department;
}

/** The localised sentences that say why two interests were matched. */
export function explain(a: PublicInterest, b: PublicInterest, criteria: readonly CriterionScore[], options: RankOptions): string[] {
  const l = lang(options.locale);
  const names = labels(options.agreement, options.listing);
  const label = (kind: keyof typeof names, id: string) => {
    const text = names[kind].get(id);
    return text ? localize(text, l) : id;
  };
  const shared = (c: CriterionScore['criterion']) => criteria.find((x) => x.criterion === c)?.shared ?? [];
  const other = interestName(b, { ...options, locale: l });
  const out: string[] = [];

  const groups = shared('targetGroups').map((id) => lowerFirst(label('targetGroups', id), l));
  const districts = shared('districts').map((id) => label('districts', id));
  let ages = '';
  if (a.ages && b.ages) {
    const lo = Math.max(a.ages.min ?? 0, b.ages.min ?? 0);
    const hi = Math.min(a.ages.max ?? 120, b.ages.max ?? 120);
    if (hi >= lo) ages = `${lo}–${hi}`;
  }
  if (groups.length || ages || districts.length) {
    const who = groups.length ? `${list(groups, l)}${ages ? ` ${ages}` : ''}` : ages ? (l === 'sv' ? `åldrarna ${ages}` : `ages ${ages}`) : '';
    const where = districts.length ? `${who ? ' ' : ''}${l === 'sv' ? 'i' : 'in'} ${list(districts, l)}` : '';
    out.push(l === 'sv' ? `Båda arbetar ${who ? `med ${who}` : ''}${where}.` : `Both work ${who ? `with ${who}` : ''}${where}.`);
  }
  const areas = shared('areas').map((id) => label('areas', id));
  if (areas.length) out.push(l === 'sv' ? `Båda vill arbeta inom ${list(areas, l)}.` : `Both want to work on ${list(areas, l)}.`);

  const theyOffer = (a.seeks ?? []).filter((r) => (b.offers ?? []).includes(r)).map((r) => RESOURCE_LABELS[l][r]);
  if (theyOffer.length) out.push(l === 'sv' ? `${other} erbjuder ${list(theyOffer, l)}, som ni söker.` : `${other} offers ${list(theyOffer, l)}, which you are looking for.`);
  const youOffer = (b.seeks ?? []).filter((r) => (a.offers ?? []).includes(r)).map((r) => RESOURCE_LABELS[l][r]);
  if (youOffer.length) out.push(l === 'sv' ? `Ni erbjuder ${list(youOffer, l)}, som ${other} söker.` : `You offer ${list(youOffer, l)}, which ${other} is looking for.`);

  const forms = shared('forms').map((id) => lowerFirst(label('forms', id), l));
  if (forms.length) out.push(l === 'sv' ? `Båda vill samverka genom ${list(forms, l)}.` : `Both want to work through ${list(forms, l)}.`);

  const languages = shared('languages');
  if (languages.length) {
    const display = new Intl.DisplayNames([l], { type: 'language' });
    const namesOf = languages.map((code) => {
      try {
        return display.of(code) ?? code;
      } catch {
        return code;
      }
    });
    out.push(l === 'sv' ? `Båda arbetar på ${list(namesOf, l)}.` : `Both work in ${list(namesOf, l)}.`);
  }
  return out;
}
