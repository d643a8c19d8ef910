import { AREA_PHASES, around, formatDate, localize, type AgreementListing, type ListingArea, type LocalizedText } from '@samverkan/core/light';
import { phases as svPhases } from '@samverkan/core/locales/sv/phases';
import { areaList as svAreaList } from '@samverkan/core/locales/sv/area-list';
import { html, noChange, nothing, type PropertyValues } from 'lit';
import { SamverkanAreaSelectEvent } from '../../events.js';
import { AgreementElement } from '../../internal/agreement-element.js';
import { heading } from '../../internal/heading.js';
import { dirFor, safeHref, textLang } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { styles } from './area-list.styles.js';

// Seed 003: "Vi har utgått från att tidsramen är ca fyra år för ett område."
const DEFAULT_TIME_FRAME = 4;

/**
 * A long list goes into the page a chunk at a time, each in a task of its own, so the page keeps taking
 * input and painting while it fills: a task over 50 ms is a long task, one that freezes the page (W3C
 * Long Tasks API). The first chunk is two areas, more than a phone's screen shows, so the first paint
 * (the list's heading, filters and first areas) comes soon: at 4× CPU slowdown each area costs that paint
 * about 10 ms more on top of about 45 ms for the rest (measured on bench-area-list.mjs's page with first
 * chunks of 1, 2, 4 and 6 areas). A wider screen's first row fills from the next chunks, each sized from
 * the time the last took, to about CHUNK_MS, and at most twice the last. What the browser lays out
 * between chunks does not grow with the list (see GROUP), so short chunks cost a long list little time.
 * Every area ends up in the page as ordinary DOM, so find-in-page and a screen reader's list navigation
 * reach every one; nothing is announced per chunk.
 */
const FIRST_CHUNK = 2;
/**
 * A chunk's aim: under the 50 ms that make a long task, with room for one that takes longer than the time
 * it was sized from. With 80 ms every chunk was itself a long task, on any machine, as it is timed.
 */
const CHUNK_MS = 40;
/** From this many areas on, only the areas near the screen are laid out (the styles' `.long`). */
const LONG_LIST = 50;
/**
 * A longer list stands in groups of this many areas, and a group off screen is skipped whole by style and
 * layout, so a chunk added to a long list costs the same at its end as at its start: in a single grid,
 * every chunk laid out every area again. 120 is a multiple of every column count up to 6 and of 8, so the
 * cards' grid runs on across groups without a gap (a container over 2 100 px wide, 7 columns, leaves one).
 */
const GROUP = 120;

type Collaboration = AgreementListing['collaborations'][number];

/** What the listing and the filters give, worked out once per listing and filter rather than per chunk. */
interface Shown {
  listing: AgreementListing;
  targetGroup: string;
  district: string;
  areas: ListingArea[];
  groups: string[];
  districts: string[];
  collaborations: Map<string, Collaboration[]>;
}

/** The filters' choices and each area's collaborations: what a listing gives whatever is filtered on. */
function ofListing(listing: AgreementListing): Pick<Shown, 'groups' | 'districts' | 'collaborations'> {
  const collaborations = new Map<string, Collaboration[]>();
  for (const c of listing.collaborations) {
    for (const id of new Set(c.areas)) {
      const list = collaborations.get(id);
      if (list) list.push(c);
      else collaborations.set(id, [c]);
    }
  }
  return {
    groups: [...new Set(listing.areas.flatMap((a) => a.targetGroups))],
    districts: [...new Set(listing.areas.flatMap((a) => a.districts))],
    collaborations,
  };
}

/**
 * `<samverkan-area-list>`: the current cooperation plan's priority areas (prioriterade områden). Each
 * shows its name, description, hosts (the idéburen organisation and the department, or "vakant") and its
 * phase of work where the agreement organises its work by värdskap, when it started and its time frame,
 * and the collaborations in it. Above the list stand the agreement's status and the date its data is from. With no attributes it
 * shows Överenskommelse Malmöandan's five areas; `src="…/agreement.json"` loads any kommun's agreement.
 * Filters by target group and district appear when the areas have them. A long list goes into the page
 * a few areas at a time, the page answering meanwhile; `updateComplete` resolves once every area is there.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/samverkan/cdn/area-list.js"></script>
 * <samverkan-area-list layout="list" heading-level="2"></samverkan-area-list>
 * ```
 *
 * @csspart base - The box around the whole listing.
 * @csspart heading - The listing's heading.
 * @csspart status - The polite live region that announces loading and filtering.
 * @csspart error-message - The box that says why the agreement could not be loaded.
 * @csspart retry-button - The button in the error box that loads again.
 * @csspart filters - The group of filters.
 * @csspart list - The list of areas.
 * @csspart item - One area.
 * @csspart label - An area's name.
 * @csspart description - An area's description.
 * @csspart facts - The phase, start, time frame and hosts of an area.
 * @csspart agreement-status - Where the agreement stands (in force, ended) and the date its data is from.
 * @csspart collaborations - The collaborations in an area.
 * @csspart select-button - The button that selects an area.
 * @csspart empty - The message when no area is shown.
 * @csspart field-label - A filter's label.
 * @csspart select - A filter's drop-down list, styled as the form's.
 * @csspart link - A link to a collaboration.
 * @csspart button - Every button (select, show all, try again).
 * @cssproperty --samverkan-color-text - Text colour. Defaults to the page's.
 * @cssproperty --samverkan-color-surface - Background of the box. Defaults to transparent.
 * @cssproperty --samverkan-color-border - Border colour. Defaults to the text colour.
 * @cssproperty --samverkan-color-accent - The border of the selected area. Defaults to the text colour.
 * @cssproperty --samverkan-color-heading - Headings. Defaults to the text colour.
 * @cssproperty --samverkan-font-heading - The headings' font family. Defaults to the page's font.
 * @cssproperty --samverkan-color-focus - The focus ring. Defaults to the text colour.
 * @cssproperty --samverkan-focus-width - The focus ring's width. Defaults to 3px.
 * @cssproperty --samverkan-color-link - Links. Defaults to the text colour.
 * @cssproperty --samverkan-color-input - The filters' background. Defaults to transparent.
 * @cssproperty --samverkan-color-input-text - The filters' text. Defaults to the text colour.
 * @cssproperty --samverkan-color-input-border - The filters' border. Defaults to the text colour.
 * @cssproperty --samverkan-input-border-width - The filters' border width. Defaults to 2px.
 * @cssproperty --samverkan-color-button - Buttons' background. Defaults to transparent.
 * @cssproperty --samverkan-color-button-text - Buttons' text. Defaults to the text colour.
 * @cssproperty --samverkan-color-button-border - Buttons' border. Defaults to the text colour.
 * @cssproperty --samverkan-color-error - The error box's border. By default a red mixed with the text colour, which stays at least 4.5:1 against a light page with dark text and a dark page with light text; set it to fix one colour for both.
 * @cssproperty --samverkan-color-error-accent - The red the default error colour is mixed from. Default #c8102e.
 * @cssproperty --samverkan-space - Base spacing. Defaults to 1rem.
 * @cssproperty --samverkan-gap - The gap between areas. Defaults to the base spacing.
 * @cssproperty --samverkan-radius - Corner radius. Defaults to 0.5rem.
 * @cssstate loading - While `src` is being loaded.
 * @cssstate error - When `src` could not be loaded.
 * @fires samverkan-area-select - When the user selects an area (a `SamverkanAreaSelectEvent`).
 * @fires samverkan-load-error - When `src` could not be loaded (a `SamverkanLoadErrorEvent`).
 */
export class SamverkanAreaList extends AgreementElement {
  static override styles = [sharedStyles, styles];
  static override properties = {
    ...AgreementElement.properties,
    layout: { reflect: true },
    heading: {},
    selectedArea: { attribute: 'selected-area' },
    targetGroup: { state: true },
    district: { state: true },
  };

  /** `cards` (a grid, the default) or `list` (one below the other). */
  declare layout: 'cards' | 'list';

  /** Replaces the default heading text. */
  declare heading: string | undefined;

  /** The id of the selected area; set by the user's choice, or from script. */
  declare selectedArea: string | undefined;

  /** @internal The target group filtered on. */
  private declare targetGroup: string;
  /** @internal The district filtered on. */
  private declare district: string;

  /** @internal What is shown now; a new one starts the chunks again from the top. */
  private shown?: Shown;
  /** @internal Where each chunk in the page starts, and where the last one ends. */
  private starts = [0];
  /** @internal What each group in the page was rendered from. */
  private keys: unknown[][] = [];
  /** @internal What each chunk in the page was rendered from. */
  private pieceKeys: unknown[][] = [];
  private limit = FIRST_CHUNK;
  private started = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.layout = 'cards';
    this.targetGroup = '';
    this.district = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.started = performance.now();
    const { listing, targetGroup, district } = this;
    const s = this.shown;
    if (s?.listing === listing && s.targetGroup === targetGroup && s.district === district) return;
    // What depends on the listing alone is kept when only a filter changed.
    const { groups, districts, collaborations } = s?.listing === listing ? s : ofListing(listing);
    this.shown = {
      listing,
      targetGroup,
      district,
      areas: listing.areas.filter((a) => (!targetGroup || a.targetGroups.includes(targetGroup)) && (!district || a.districts.includes(district))),
      groups,
      districts,
      collaborations,
    };
    this.starts = [0];
    this.limit = FIRST_CHUNK;
  }

  protected override updated(): void {
    // The next chunk in a task of its own, sized from the time this update took.
    if (this.limit < this.shown!.areas.length && this.timer === undefined && this.isConnected) {
      const done = this.limit - this.starts.at(-1)!;
      const chunk = Math.max(1, Math.min(done * 2, Math.round((done * CHUNK_MS) / Math.max(performance.now() - this.started, 1))));
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.starts.push(this.limit);
        // Up to the end of the group the chunk starts in, so that each chunk lies in one group.
        this.limit = Math.min(this.limit + chunk, (Math.floor(this.limit / GROUP) + 1) * GROUP);
        this.requestUpdate();
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page: the chunks go on where they stopped.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Also waits for the chunks of a long list, so `await el.updateComplete` sees every area shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.timer !== undefined) {
      await new Promise((r) => setTimeout(r));
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  private select(area: ListingArea): void {
    this.selectedArea = area.id;
    this.dispatchEvent(new SamverkanAreaSelectEvent(area.id, area, this.listing));
  }

  private label(list: readonly { id: string; label: LocalizedText }[], id: string): string {
    const found = list.find((x) => x.id === id);
    return found ? localize(found.label, this.language.lang) : id;
  }

  override render() {
    // Chunks are kept only while the list stays in the page: a list drawn afresh is drawn whole.
    const { keys, pieceKeys } = this;
    this.keys = [];
    this.pieceKeys = [];
    if (this.showsFallback) return html`<slot></slot>`;
    const lang = this.language.lang;
    const t = this.language.ui('areaList', svAreaList);
    const listing = this.listing;
    const areas = listing.areas;
    const { groups, districts, areas: shown } = this.shown!;
    const filtering = Boolean(this.targetGroup || this.district);
    const ready = this.loadState === 'ready';
    return html`
      <section part="base" aria-labelledby="heading" lang=${lang}>
        ${heading(this.level, this.heading ?? t.areas, { part: 'heading', id: 'heading' })}
        ${this.renderStatus()}
        <div class="content" aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}>
        ${ready && listing.plan
          ? this.renderPlanIntro(listing.plan)
          : nothing}
        ${ready ? html`<p part="agreement-status" class="agreement-status">${this.renderAgreementStatus()}</p>` : nothing}
        ${ready && (groups.length > 0 || districts.length > 0)
          ? html`<fieldset part="filters">
              <legend>${t.filtersLabel}</legend>
              ${this.renderFilter(t.targetGroup, groups, listing.targetGroups, this.targetGroup, (v) => (this.targetGroup = v))}
              ${this.renderFilter(t.district, districts, listing.districts, this.district, (v) => (this.district = v))}
            </fieldset>
            <p class="status" role="status">${filtering ? t.shown(shown.length, areas.length) : ''}</p>`
          : nothing}
        ${!ready ? nothing : areas.length === 0 ? html`<p part="empty">${t.noAreas}</p>` : shown.length === 0 ? this.renderNoMatch() : this.renderList(shown, keys, pieceKeys)}
        </div>
      </section>
    `;
  }

  /** The plan and its period; the plan's name marked in its own language inside the pack's sentence. */
  private renderPlanIntro(plan: NonNullable<AgreementListing['plan']>) {
    const lang = this.language.lang;
    const t = this.language.ui('areaList', svAreaList);
    const [before, after] = around((name) => t.planPeriod(name, formatDate(plan.period.start, lang), formatDate(plan.period.end, lang)));
    return html`<p class="intro">${before}<span lang=${textLang(plan.name, lang)} dir=${dirFor(plan.name, lang)}>${localize(plan.name, lang)}</span>${after}</p>`;
  }

  /** Where the agreement stands and the day its data is from, so a visitor knows how current it is. */
  private renderAgreementStatus() {
    const lang = this.language.lang;
    const t = this.language.ui('areaList', svAreaList);
    const day = (d: string) => formatDate(d, lang);
    const { status, asOf } = this.listing;
    const state =
      status?.state === 'terminated'
        ? t.terminated(status.date === undefined ? '' : day(status.date))
        : status?.state === 'draft'
          ? t.draft
          : t.active(status?.date === undefined ? undefined : day(status.date));
    return asOf ? `${state} ${t.asOf(day(asOf))}` : state;
  }

  /** One filter: a labelled select of the ids the areas use, "all" first; nothing when there are none. */
  private renderFilter(label: string, ids: readonly string[], vocabulary: readonly { id: string; label: LocalizedText }[], value: string, set: (v: string) => void) {
    if (ids.length === 0) return nothing;
    return html`<label
      ><span part="field-label">${label}</span>
      <select part="select" @change=${(e: Event) => set((e.target as HTMLSelectElement).value)} .value=${value}>
        <option value="">${this.language.ui('areaList', svAreaList).all}</option>
        ${ids.map((id) => {
          const text = vocabulary.find((x) => x.id === id)?.label;
          return html`<option value=${id} ?selected=${id === value} lang=${text ? textLang(text, this.language.lang) : nothing}>${this.label(vocabulary, id)}</option>`;
        })}
      </select></label
    >`;
  }

  private renderNoMatch() {
    const t = this.language.ui('areaList', svAreaList);
    return html`<div part="empty">
      <p>${t.noMatch}</p>
      <button
        part="button"
        type="button"
        @click=${() => {
          this.targetGroup = '';
          this.district = '';
        }}
      >
        ${t.showAll}
      </button>
    </div>`;
  }

  /**
   * The areas in the page so far, chunk by chunk. A chunk already there is left as it is (`noChange`)
   * unless what it shows changed since `keys`: the areas, the language, the day, the heading level, or the
   * selection in it. A list of more than GROUP areas stands in groups of GROUP, each skipped by layout while
   * off screen (the styles' `ul > div`); a chunk never runs past a group's end (see `updated`).
   */
  private renderList(areas: readonly ListingArea[], keys: unknown[][], pieceKeys: unknown[][]) {
    const day = this.today();
    const selected = areas.findIndex((a) => a.id === this.selectedArea);
    const { starts, limit } = this;
    const head = [areas, this.language.pack, day, this.level];
    const same = (key: unknown[], was: unknown[] | undefined) => key.every((v, i) => v === was?.[i]);
    const groups: unknown[] = [];
    // Chunk by chunk, a group at a time: a group with no new chunk and no change is left whole.
    for (let k = 0; k < starts.length; ) {
      const g = Math.floor(starts[k]! / GROUP);
      const first = k;
      while (k < starts.length && Math.floor(starts[k]! / GROUP) === g) k++;
      const here = selected >= starts[first]! && selected < (starts[k] ?? limit) ? selected : -1;
      const key = (this.keys[g] = [...head, here, k]);
      groups.push(
        same(key, keys[g])
          ? noChange
          : starts.slice(first, k).map((from, j) => {
              const to = Math.min(starts[first + j + 1] ?? limit, areas.length);
              const at = selected >= from && selected < to ? selected : -1;
              const piece = (this.pieceKeys[first + j] = [...head, at]);
              return same(piece, pieceKeys[first + j]) ? noChange : areas.slice(from, to).map((area, i) => this.renderArea(area, from + i, areas.length, from + i === at, day));
            }),
      );
    }
    // role=list: the list is one list of every area to assistive technology, the groups (role=none) no part of it.
    return html`<ul part="list" role="list" class=${areas.length > LONG_LIST ? 'long' : ''}>
      ${areas.length > GROUP ? groups.map((pieces) => html`<div role="none">${pieces}</div>`) : groups[0]}
    </ul>`;
  }

  /** One area, the `index`-th of `count` shown. */
  private renderArea(area: ListingArea, index: number, count: number, selected: boolean, day: string) {
    const lang = this.language.lang;
    const t = this.language.ui('areaList', svAreaList);
    const listing = this.listing;
    // Hosts and phases belong to värdskap: an agreement organised otherwise shows neither, and never "vakant".
    const hosting = listing.hosting !== false;
    const seat = (side: 'sector' | 'municipality') => (area.hosts ?? []).find((h) => h.side === side && h.from <= day && (!h.to || day <= h.to));
    const sector = seat('sector');
    const municipal = seat('municipality');
    const collaborations = this.shown!.collaborations.get(area.id) ?? [];
    const name = localize(area.name, lang);
    const id = `area-${area.id}`;
    // aria-setsize and aria-posinset: a screen reader says "3 of 500" while later chunks are still coming.
    return html`<li part="item" aria-labelledby=${id} aria-current=${selected ? 'true' : 'false'} aria-setsize=${count} aria-posinset=${index + 1}>
      ${heading(this.level + 1, name, { part: 'label', id, lang: textLang(area.name, lang), dir: dirFor(area.name, lang) })}
      <div part="description" lang=${textLang(area.description, lang)} dir=${dirFor(area.description, lang)}>
        ${localize(area.description, lang)
          .split(/\n{2,}/)
          .map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
      <dl part="facts">
        ${hosting && area.phase
          ? html`<dt>${t.phase}</dt>
              <dd>${this.language.common('phases', svPhases)[area.phase]} (${t.phaseOf(AREA_PHASES.indexOf(area.phase) + 1, AREA_PHASES.length)})</dd>`
          : nothing}
        ${area.started
          ? html`<dt>${t.started}</dt>
              <dd>${formatDate(area.started, lang)}, ${t.timeFrame(area.timeFrameYears ?? DEFAULT_TIME_FRAME)}</dd>`
          : nothing}
        ${hosting
          ? html`<dt>${t.hostSector}</dt>
              <dd>${sector?.name ?? t.vacant}</dd>
              <dt>${t.hostMunicipality}</dt>
              <dd>${municipal?.name ?? t.vacant}</dd>`
          : nothing}
      </dl>
      ${collaborations.length > 0
        ? html`<div part="collaborations">
            ${heading(this.level + 2, t.collaborations)}
            <ul>
              ${collaborations.map((c) => {
                const href = safeHref(c.url);
                const title = html`<span lang=${textLang(c.name, lang)} dir=${dirFor(c.name, lang)}>${localize(c.name, lang)}</span>`;
                const ages = c.ages ? t.ages(c.ages.min, c.ages.max) : '';
                return html`<li>
                  ${href ? html`<a part="link" href=${href} rel="noopener noreferrer">${title}</a>` : title}${c.partners.length
                    ? html` – ${t.partners.toLocaleLowerCase(lang)}: ${c.partners.join(', ')}`
                    : nothing}${ages ? html` (${ages})` : nothing}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <button part="button select-button" type="button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.select(area)}>
        ${t.select(name)}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-area-list': SamverkanAreaList;
  }
}
