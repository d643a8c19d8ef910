import { dayOf } from '../_lib/day.js';
import type { Agreement } from '../agreement/agreement.js';
import { AREA_PHASES } from '../area/phases.js';
import { resolveLanguage } from '../locales/resolve.js';
import type { CommonText, UiText } from '../locales/types.js';
import { toListing, type AgreementListing, type ListingArea } from '../listing/listing.js';
import { textDirection } from '../text/direction.js';
import { around } from '../text/around.js';
import { formatDate } from '../text/format.js';
import { localize, localizedLanguage } from '../text/localize.js';
import type { LocalizedText } from '../text/text.js';

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
 * const options: RenderOptions = { element: 'principles', locale: 'ar', headingLevel: 3, src: '/data/agreement.json' };
 * ```
 */
export interface RenderOptions {
  /** Which element; default `all`. */
  element?: RenderElement;
  /**
   * The language, as the elements' `lang`: any language with a pack (`sv`, `en`, `ar`, `so`,
   * `sv-x-lattlast` or one registered); default `sv`. The words come from its pack, its direction from
   * its script (`dir="rtl"` for Arabic); texts of the agreement fall back along its chain to Swedish and
   * are then marked `lang="sv"`.
   */
  locale?: string;
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

/** HTML already escaped: what the `html` tag returns, and takes back in as it is. */
class Markup {
  constructor(readonly text: string) {}
}

type Value = Markup | string | number | undefined | null | false | readonly Value[];

function piece(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(piece).join('');
  return esc(String(value));
}

/** A template of HTML whose every value is escaped unless it is markup this file built. */
function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += piece(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** Attributes, leaving out those without a value. */
function attrs(pairs: Record<string, string | number | undefined>): Markup {
  return new Markup(
    Object.entries(pairs)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
      .join(''),
  );
}

/** A link from data or an option, only when it is http(s) (or a path on the same site). */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^\/(?!\/)/.test(url)) return url;
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

function clampLevel(level: number | undefined): number {
  const n = Number(level ?? 2);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

/** A real heading, `<h1>`…`<h6>`, at `level` clamped to 6, as the elements write theirs. */
function h(level: number, content: Value, attributes: Markup = attrs({})): Markup {
  const n = Math.min(6, Math.max(1, level));
  return html`<h${n}${attributes}>${content}</h${n}>`;
}

/** How one call writes: the language, its words and the day. */
interface Context {
  lang: string;
  today: string;
  layout: 'cards' | 'list';
  ui: UiText;
  phases: CommonText['phases'];
}

/**
 * `lang` and `dir` for a text of the agreement, as the elements mark it: the language it is shown in (a
 * Swedish fallback on an English page is `sv`), and `dir="auto"` when that is not the page's language.
 */
function marked(text: LocalizedText, c: Context): { lang: string; dir?: 'auto' } {
  const shown = localizedLanguage(text, c.lang);
  return shown === c.lang ? { lang: shown } : { lang: shown, dir: 'auto' };
}

function renderArea(area: ListingArea, listing: AgreementListing, c: Context, level: number): Markup {
  const t = c.ui.areaList;
  // Hosts and phases belong to värdskap: an agreement organised otherwise shows neither, and never "vakant".
  const hosting = listing.hosting !== false;
  const seat = (side: 'sector' | 'municipality') => (area.hosts ?? []).find((x) => x.side === side && x.from <= c.today && (!x.to || c.today <= x.to));
  const id = `samverkan-area-${area.id}`;
  const description = localize(area.description, c.lang)
    .split(/\n{2,}/)
    .map((p) => html`<p>${p}</p>`);
  const collaborations = listing.collaborations.filter((x) => x.areas.includes(area.id));
  const together = collaborations.length
    ? html`<div class="samverkan-collaborations">${h(level + 1, t.collaborations)}<ul>${collaborations.map((x) => {
        const title = html`<span${attrs(marked(x.name, c))}>${localize(x.name, c.lang)}</span>`;
        const href = safeHref(x.url);
        return html`<li>${href ? html`<a href="${href}" rel="noopener noreferrer">${title}</a>` : title}${
          x.partners.length ? html` \u2013 ${t.partners.toLocaleLowerCase(c.lang)}: ${x.partners.join(', ')}` : ''
        }${x.ages ? html` (${t.ages(x.ages.min, x.ages.max)})` : ''}</li>`;
      })}</ul></div>`
    : '';
  return html`<li class="samverkan-item" aria-labelledby="${id}">${h(level, localize(area.name, c.lang), attrs({ id, ...marked(area.name, c) }))}<div class="samverkan-description"${attrs(marked(area.description, c))}>${description}</div><dl class="samverkan-facts">${
    hosting && area.phase ? html`<dt>${t.phase}</dt><dd>${c.phases[area.phase]} (${t.phaseOf(AREA_PHASES.indexOf(area.phase) + 1, AREA_PHASES.length)})</dd>` : ''
  }${
    area.started ? html`<dt>${t.started}</dt><dd>${formatDate(area.started, c.lang)}, ${t.timeFrame(area.timeFrameYears ?? DEFAULT_TIME_FRAME)}</dd>` : ''
  }${
    hosting ? html`<dt>${t.hostSector}</dt><dd>${seat('sector')?.name ?? t.vacant}</dd><dt>${t.hostMunicipality}</dt><dd>${seat('municipality')?.name ?? t.vacant}</dd>` : ''
  }</dl>${together}</li>`;
}

/** Where the agreement stands and the day its data is from, worded as the area list words them. */
function agreementStatus(listing: AgreementListing, c: Context): string {
  const t = c.ui.areaList;
  const day = (d: string) => formatDate(d, c.lang);
  const { status, asOf } = listing;
  const state =
    status.state === 'terminated'
      ? t.terminated(status.date === undefined ? '' : day(status.date))
      : status.state === 'draft'
        ? t.draft
        : t.active(status.date === undefined ? undefined : day(status.date));
  return asOf ? `${state} ${t.asOf(day(asOf))}` : state;
}

// The plan and its period; the plan's name marked in its own language inside the sentence.
function planIntro(plan: NonNullable<AgreementListing['plan']>, c: Context): Markup {
  const [before, after] = around((name) => c.ui.areaList.planPeriod(name, formatDate(plan.period.start, c.lang), formatDate(plan.period.end, c.lang)));
  return html`<p class="samverkan-intro">${before}<span${attrs(marked(plan.name, c))}>${localize(plan.name, c.lang)}</span>${after}</p>`;
}

function areaList(listing: AgreementListing, c: Context, level: number): Markup {
  const t = c.ui.areaList;
  const headingId = `samverkan-areas-${listing.id}`;
  const plan = listing.plan
    ? planIntro(listing.plan, c)
    : '';
  const status = html`<p class="samverkan-agreement-status">${agreementStatus(listing, c)}</p>`;
  const body = listing.areas.length
    ? html`<ul class="samverkan-list">${listing.areas.map((a) => renderArea(a, listing, c, level + 1))}</ul>`
    : html`<p>${t.noAreas}</p>`;
  return html`<section class="samverkan samverkan-area-list" data-layout="${c.layout}" aria-labelledby="${headingId}">${h(level, t.areas, attrs({ id: headingId }))}${plan}${status}${body}</section>`;
}

function principles(listing: AgreementListing, c: Context, level: number): Markup {
  const t = c.ui.page;
  const headingId = `samverkan-principles-${listing.id}`;
  const body = listing.principles.length
    ? html`<ul class="samverkan-list">${listing.principles.map(
        (p) =>
          html`<li class="samverkan-item"${attrs(marked(p.label, c))}><strong class="samverkan-label">${localize(p.label, c.lang)}</strong>${
            p.description ? html`<p>${localize(p.description, c.lang)}</p>` : ''
          }</li>`,
      )}</ul>`
    : html`<p>${t.noPrinciples}</p>`;
  return html`<section class="samverkan samverkan-principles" aria-labelledby="${headingId}">${h(level, t.principles, attrs({ id: headingId }))}${body}</section>`;
}

function formFallback(listing: AgreementListing, c: Context, level: number, formHref: string | undefined): Markup {
  const t = c.ui.form;
  const headingId = `samverkan-form-${listing.id}`;
  const link = safeHref(formHref);
  return html`<section class="samverkan samverkan-match-form" aria-labelledby="${headingId}">${h(level, t.heading, attrs({ id: headingId }))}<p>${t.noScript}</p>${
    link ? html`<p><a href="${link}">${t.noScriptLink}</a></p>` : ''
  }</section>`;
}

/**
 * Writes the area list, the principles and the interest form's fallback as semantic HTML a CMS can paste
 * and a search engine can read: each inside its element's tag, so with the elements' script the element
 * takes its place (its shadow root has no slot, so the fallback is not shown twice), and without
 * JavaScript the HTML is the page. The words are the elements' own, from the language pack of `locale`,
 * and each tag carries `lang` and `dir`. No inline style or script: the HTML links a stylesheet, so it
 * works under a strict Content-Security-Policy. Every text is escaped; links are http(s) only.
 *
 * @example
 * ```ts
 * import { renderHtml } from '@samverkan/core';
 * import { malmo } from '@samverkan/core/presets/malmo';
 *
 * const html = renderHtml(malmo, { element: 'area-list', locale: 'ar', headingLevel: 2 });
 * html.includes('<samverkan-area-list heading-level="2" lang="ar" dir="rtl"'); // true
 * ```
 */
export function renderHtml(agreement: Agreement, options: RenderOptions = {}): string {
  const listing = toListing(agreement);
  const lang = options.locale ?? 'sv';
  const c: Context = {
    lang,
    layout: options.layout ?? 'cards',
    today: options.today ?? dayOf(new Date()),
    ui: resolveLanguage(lang, 'ui').ui,
    phases: resolveLanguage(lang, 'common').common.phases,
  };
  const element = options.element ?? 'all';
  const level = clampLevel(options.headingLevel);
  const common = { 'heading-level': level, lang, dir: textDirection(lang), src: options.src };
  const out: Markup[] = [];
  const stylesheet = options.stylesheet === undefined ? DEFAULT_STYLESHEET : options.stylesheet;
  if (stylesheet) out.push(html`<link rel="stylesheet" href="${stylesheet}">`);
  if (element === 'all' || element === 'area-list') {
    out.push(html`<samverkan-area-list${attrs({ ...common, layout: c.layout })}>${areaList(listing, c, level)}</samverkan-area-list>`);
  }
  if (element === 'all' || element === 'principles') {
    out.push(html`<samverkan-principles${attrs(common)}>${principles(listing, c, level)}</samverkan-principles>`);
  }
  if (element === 'all' || element === 'match-form') {
    const form = { ...common, action: options.action, 'privacy-href': options.privacyHref };
    out.push(html`<samverkan-match-form${attrs(form)}>${formFallback(listing, c, level, options.formHref)}</samverkan-match-form>`);
  }
  return `${out.map((m) => m.text).join('\n')}\n`;
}
