import type { Agreement } from '../agreement/agreement.js';
import { AREA_PHASE_LABELS } from '../area/phase-labels.js';
import { AREA_PHASES } from '../area/phases.js';
import { toListing, type AgreementListing, type ListingArea } from '../listing/listing.js';
import { localize } from '../text/localize.js';

/**
 * The languages `renderHtml` writes in.
 *
 * @example
 * ```ts
 * const locale: RenderLocale = 'en';
 * ```
 */
export type RenderLocale = 'sv' | 'en';
type Locale = RenderLocale;
import type { LocalizedText } from '../text/text.js';
import { RENDER_TEXT } from './messages.js';

/**
 * Which element `renderHtml` writes: one of the three, or all of them one after the other.
 *
 * @example
 * ```ts
 * const element: RenderElement = 'area-list';
 * ```
 */
export type RenderElement = 'area-list' | 'principles' | 'match-form' | 'all';

/**
 * How `renderHtml` writes the HTML. Every option has a default.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { element: 'principles', locale: 'en', headingLevel: 3, src: '/data/agreement.json' };
 * ```
 */
export interface RenderOptions {
  /** Which element; default `all`. */
  element?: RenderElement;
  /** The language of the words; default `sv`. Texts of the agreement fall back to Swedish. */
  locale?: Locale;
  /** The area list as `cards` (a grid, the default) or a `list`. */
  layout?: 'cards' | 'list';
  /** The level of each element's heading, 1–6; default 2. Areas' headings are one level below. */
  headingLevel?: number;
  /** Which hosts sit (`YYYY-MM-DD`); default today. */
  today?: string;
  /**
   * The address of the stylesheet the HTML links to (`cdn/samverkan.css` of `@samverkan/elements`, on
   * your site); `null` for no link. Default `/assets/samverkan/cdn/samverkan.css`.
   */
  stylesheet?: string | null;
  /**
   * The address the agreement's `agreement.json` is published at: given to the elements as `src`, so
   * they show the same agreement when their script loads. Leave it out for Malmöandan, their default.
   */
  src?: string;
  /** For the form: where the interest is sent (its `action`). */
  action?: string;
  /** For the form: the site's privacy notice (its `privacy-href`). */
  privacyHref?: string;
  /** For the form without JavaScript: a page where an interest can be registered another way. */
  formHref?: string;
}

/** The stylesheet's address when none is given: where the webmaster guide puts the `cdn/` folder. */
const DEFAULT_STYLESHEET = '/assets/samverkan/cdn/samverkan.css';

// Seed 003: "Vi har utgått från att tidsramen är ca fyra år för ett område."
const DEFAULT_TIME_FRAME = 4;

/** Text as HTML: the five characters that could start markup or end an attribute are escaped. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A link from data or an option, only when it is http(s) (or a path on the same site). */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^\/(?!\/)/.test(url)) return url;
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
}

function clampLevel(level: number | undefined): number {
  const n = Number(level ?? 2);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

const h = (level: number, content: string, attributes = ''): string => {
  const n = Math.min(6, level);
  return `<h${n}${attributes}>${content}</h${n}>`;
};

/** `lang` for a text shown in `locale`: `sv` when it falls back to Swedish. */
function textLang(text: LocalizedText, locale: Locale): string {
  return typeof text[locale] === 'string' && text[locale] ? locale : 'sv';
}

function renderArea(area: ListingArea, listing: AgreementListing, o: Required<Pick<RenderOptions, 'locale' | 'today'>>, level: number): string {
  const t = RENDER_TEXT[o.locale];
  const seat = (side: 'sector' | 'municipality') => area.hosts.find((x) => x.side === side && x.from <= o.today && (!x.to || o.today <= x.to));
  const name = localize(area.name, o.locale);
  const id = `samverkan-area-${area.id}`;
  const description = localize(area.description, o.locale)
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
  const facts = [
    `<dt>${esc(t.phase)}</dt><dd>${esc(localize(AREA_PHASE_LABELS[area.phase], o.locale))} (${esc(t.phaseOf(AREA_PHASES.indexOf(area.phase) + 1, AREA_PHASES.length))})</dd>`,
    area.started ? `<dt>${esc(t.started)}</dt><dd>${esc(area.started)}, ${esc(t.timeFrame(area.timeFrameYears ?? DEFAULT_TIME_FRAME))}</dd>` : '',
    `<dt>${esc(t.hostSector)}</dt><dd>${esc(seat('sector')?.name ?? t.vacant)}</dd>`,
    `<dt>${esc(t.hostMunicipality)}</dt><dd>${esc(seat('municipality')?.name ?? t.vacant)}</dd>`,
  ].join('');
  const collaborations = listing.collaborations.filter((c) => c.areas.includes(area.id));
  const together = collaborations.length
    ? `<div class="samverkan-collaborations">${h(level + 1, esc(t.collaborations))}<ul>${collaborations
        .map((c) => {
          const title = esc(localize(c.name, o.locale));
          const href = safeHref(c.url);
          const ages = c.ages ? ` (${esc(t.ages(c.ages.min, c.ages.max))})` : '';
          const partners = c.partners.length ? ` – ${esc(t.partners)}: ${esc(c.partners.join(', '))}` : '';
          return `<li>${href ? `<a href="${esc(href)}" rel="noopener noreferrer">${title}</a>` : title}${partners}${ages}</li>`;
        })
        .join('')}</ul></div>`
    : '';
  return `<li class="samverkan-item" aria-labelledby="${id}">${h(level, esc(name), attrs({ id, lang: textLang(area.name, o.locale) }))}<div class="samverkan-description" lang="${textLang(area.description, o.locale)}">${description}</div><dl class="samverkan-facts">${facts}</dl>${together}</li>`;
}

function areaList(listing: AgreementListing, o: Required<Pick<RenderOptions, 'locale' | 'today' | 'layout'>>, level: number): string {
  const t = RENDER_TEXT[o.locale];
  const headingId = `samverkan-areas-${listing.id}`;
  const plan = listing.plan ? `<p class="samverkan-intro">${esc(t.planPeriod(localize(listing.plan.name, o.locale), listing.plan.period.start, listing.plan.period.end))}</p>` : '';
  const body = listing.areas.length
    ? `<ul class="samverkan-list">${listing.areas.map((a) => renderArea(a, listing, o, level + 1)).join('')}</ul>`
    : `<p>${esc(t.noAreas)}</p>`;
  return `<section class="samverkan samverkan-area-list" data-layout="${o.layout}" aria-labelledby="${headingId}">${h(level, esc(t.areas), ` id="${headingId}"`)}${plan}${body}</section>`;
}

function principles(listing: AgreementListing, locale: Locale, level: number): string {
  const t = RENDER_TEXT[locale];
  const headingId = `samverkan-principles-${listing.id}`;
  const body = listing.principles.length
    ? `<ul class="samverkan-list">${listing.principles
        .map(
          (p) =>
            `<li class="samverkan-item" lang="${textLang(p.label, locale)}"><strong class="samverkan-label">${esc(localize(p.label, locale))}</strong>${p.description ? `<p>${esc(localize(p.description, locale))}</p>` : ''}</li>`,
        )
        .join('')}</ul>`
    : `<p>${esc(t.noPrinciples)}</p>`;
  return `<section class="samverkan samverkan-principles" aria-labelledby="${headingId}">${h(level, esc(t.principles), ` id="${headingId}"`)}${body}</section>`;
}

function formFallback(listing: AgreementListing, locale: Locale, level: number, formHref: string | undefined): string {
  const t = RENDER_TEXT[locale];
  const headingId = `samverkan-form-${listing.id}`;
  const link = safeHref(formHref);
  return `<section class="samverkan samverkan-match-form" aria-labelledby="${headingId}">${h(level, esc(t.form), ` id="${headingId}"`)}<p>${esc(t.formNeedsScript)}</p>${link ? `<p><a href="${esc(link)}">${esc(t.formLink)}</a></p>` : ''}</section>`;
}

/**
 * Writes the area list, the principles and the interest form's fallback as semantic HTML a CMS can paste
 * and a search engine can read: each inside its element's tag, so with the elements' script the element
 * takes its place (its shadow root has no slot, so the fallback is not shown twice), and without
 * JavaScript the HTML is the page. No inline style or script: the HTML links a stylesheet, so it works
 * under a strict Content-Security-Policy. Every text is escaped; links are http(s) only.
 *
 * @example
 * ```ts
 * import { renderHtml } from '@samverkan/core';
 * import { malmo } from '@samverkan/core/presets/malmo';
 *
 * const html = renderHtml(malmo, { element: 'area-list', locale: 'en', headingLevel: 2 });
 * html.includes('<samverkan-area-list'); // true
 * ```
 */
export function renderHtml(agreement: Agreement, options: RenderOptions = {}): string {
  const listing = toListing(agreement);
  const d = new Date();
  const o = {
    element: options.element ?? 'all',
    locale: options.locale ?? 'sv',
    layout: options.layout ?? 'cards',
    today: options.today ?? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  } as const;
  const level = clampLevel(options.headingLevel);
  const common = { 'heading-level': level, lang: o.locale, src: options.src };
  const out: string[] = [];
  const stylesheet = options.stylesheet === undefined ? DEFAULT_STYLESHEET : options.stylesheet;
  if (stylesheet) out.push(`<link rel="stylesheet" href="${esc(stylesheet)}">`);
  if (o.element === 'all' || o.element === 'area-list') {
    out.push(`<samverkan-area-list${attrs({ ...common, layout: o.layout })}>${areaList(listing, o, level)}</samverkan-area-list>`);
  }
  if (o.element === 'all' || o.element === 'principles') {
    out.push(`<samverkan-principles${attrs(common)}>${principles(listing, o.locale, level)}</samverkan-principles>`);
  }
  if (o.element === 'all' || o.element === 'match-form') {
    const form = { ...common, action: options.action, 'privacy-href': options.privacyHref };
    out.push(`<samverkan-match-form${attrs(form)}>${formFallback(listing, o.locale, level, options.formHref)}</samverkan-match-form>`);
  }
  return `${out.join('\n')}\n`;
}
