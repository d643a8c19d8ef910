import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AgreementListing } from '@samverkan/core/light';
import '../../define/area-list.js';
import type { SamverkanAreaSelectEvent, SamverkanLoadErrorEvent } from '../../events.js';
import { MALMO_LISTING } from '../../internal/malmo-listing.js';
import type { SamverkanAreaList } from './area-list.js';

declare const axe: { run: (el: Element) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const parts = (el: SamverkanAreaList, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const names = (el: SamverkanAreaList) => parts(el, 'label').map(text);

const MALMO_AREAS = [
  'Ungas hälsa och livsstil',
  'Jämlik fritid och kultur',
  'Stadsliv, allmänna platser och lokaler',
  'Delaktighet, trygghet, demokrati',
  'Nya vägar till arbete och aktivitet',
];

/** A listing with hosts, districts, collaborations and a link, built on Malmö's. */
function richListing(): AgreementListing {
  const listing = structuredClone(MALMO_LISTING);
  listing.districts = [
    { id: 'rosengard', label: { sv: 'Rosengård' } },
    { id: 'lindangen', label: { sv: 'Lindängen' } },
  ];
  listing.targetGroups = [
    { id: 'unga', label: { sv: 'Unga', en: 'Young people' } },
    { id: 'aldre', label: { sv: 'Äldre', en: 'Older people' } },
  ];
  for (const area of listing.areas) area.targetGroups = [];
  listing.areas[0]!.districts = ['rosengard'];
  listing.areas[0]!.targetGroups = ['unga'];
  listing.areas[1]!.districts = ['lindangen'];
  listing.areas[1]!.targetGroups = ['aldre'];
  listing.areas[0]!.phase = 'dialogue-and-matching';
  listing.areas[0]!.hosts = [
    { side: 'sector', name: 'MISO – Malmö Idrottsföreningars Samorganisation', from: '2019-01-01' },
    { side: 'municipality', name: 'Fritidsförvaltningen', from: '2019-01-01' },
  ];
  listing.collaborations = [
    {
      id: 'laxhjalp',
      name: { sv: 'Läxhjälp i Rosengård' },
      areas: ['ungas-halsa-och-livsstil'],
      partners: ['Kvarnby IK', 'Grundskoleförvaltningen'],
      districts: ['rosengard'],
      targetGroups: ['unga'],
      ages: { min: 13, max: 19 },
      url: 'https://example.org/laxhjalp',
    },
    { id: 'falsk', name: { sv: 'Falsk länk' }, areas: ['ungas-halsa-och-livsstil'], partners: [], districts: [], targetGroups: [], url: 'javascript:alert(1)' },
  ];
  return listing;
}

describe('<samverkan-area-list>', () => {
  // Loading with src fetches its own chunk (core's schema). The dev server compiles it on first request,
  // which on a loaded machine can outlast a test's wait: compile it once here, without a clock on it.
  before(async function () {
    this.timeout(120000);
    await import('../../internal/remote.js');
  });

  describe('with no attributes', () => {
    it('shows the five Malmö areas by their Swedish names, with the plan they belong to', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list></samverkan-area-list>`);
      expect(names(el)).to.deep.equal(MALMO_AREAS);
      expect(text(el.shadowRoot!.querySelector('.intro')!)).to.equal('Samarbetsplan 2018–2022, 13 juni 2018 – 31 december 2022');
    });

    it('shows each area’s description, phase, start, time frame and vacant hosts', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list></samverkan-area-list>`);
      const first = parts(el, 'item')[0]!;
      expect(text(first.querySelector('[part~="description"]')!)).to.contain('Det är ett brett samhällsintresse att skapa goda uppväxtvillkor');
      expect(first.querySelectorAll('[part~="description"] p')).to.have.length(2);
      const facts = text(first.querySelector('[part~="facts"]')!);
      expect(facts).to.contain('Fas Värdar identifieras (steg 1 av 5)');
      expect(facts).to.contain('Startade 13 juni 2018, tidsram cirka 4 år');
      expect(facts).to.contain('Värd från idéburen sektor vakant');
      expect(facts).to.contain('Värd från kommunen vakant');
    });

    it('has a named region, a heading per area one level below its own, and no axe violations', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list heading-level="3"></samverkan-area-list>`);
      const base = parts(el, 'base')[0]!;
      expect(text(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!)).to.equal('Prioriterade områden');
      // Real heading elements, so the page's outline and a screen reader's heading list see them.
      expect(parts(el, 'heading')[0]!.tagName).to.equal('H3');
      expect(parts(el, 'label').map((h) => h.tagName)).to.deep.equal(['H4', 'H4', 'H4', 'H4', 'H4']);
      const item = parts(el, 'item')[0]!;
      expect(text(el.shadowRoot!.getElementById(item.getAttribute('aria-labelledby')!)!)).to.equal('Ungas hälsa och livsstil');
      // Each button's name is its visible text (WCAG 2.5.3, label in name).
      const buttons = parts(el, 'select-button');
      expect(buttons.map(text)).to.deep.equal(MALMO_AREAS.map((n) => `Välj ${n}`));
      expect(buttons.every((b) => !b.hasAttribute('aria-label'))).to.equal(true);
      expect(await violations(el)).to.deep.equal([]);
    });

    it('shows no filters when the areas give nothing to filter on', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list></samverkan-area-list>`);
      // Malmö's areas have target groups (two of five), so that filter appears; none has a district.
      expect(el.shadowRoot!.querySelectorAll('select')).to.have.length(1);
    });
  });

  describe('layout, language and outline', () => {
    it('switches between cards and a list', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list layout="list"></samverkan-area-list>`);
      expect(getComputedStyle(parts(el, 'item')[0]!).borderTopWidth).to.equal('0px');
      el.layout = 'cards';
      await el.updateComplete;
      expect(getComputedStyle(parts(el, 'item')[0]!).borderTopWidth).to.equal('1px');
    });

    it('speaks English with lang="en", follows an ancestor’s lang, and switches when it changes', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><samverkan-area-list></samverkan-area-list></div>`);
      const el = wrapper.querySelector('samverkan-area-list')!;
      await el.updateComplete;
      expect(names(el)[0]).to.equal("Young people's health and lifestyle");
      expect(text(parts(el, 'heading')[0]!)).to.equal('Priority areas');
      expect(text(parts(el, 'facts')[0]!)).to.contain('Host from the municipality vacant');
      wrapper.lang = 'sv';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(names(el)[0]).to.equal('Ungas hälsa och livsstil');
    });
  });

  describe('hosts, collaborations and links', () => {
    it('names the hosts in force and lists the collaborations in an area', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${richListing()}></samverkan-area-list>`);
      const first = parts(el, 'item')[0]!;
      expect(text(first.querySelector('[part~="facts"]')!)).to.contain('Värd från idéburen sektor MISO – Malmö Idrottsföreningars Samorganisation');
      const collaborations = text(first.querySelector('[part~="collaborations"]')!);
      expect(collaborations).to.contain('Läxhjälp i Rosengård – parter: Kvarnby IK, Grundskoleförvaltningen (13–19 år)');
    });

    it('renders a link from data only when it is http(s), and never data as markup', async () => {
      const listing = richListing();
      listing.areas[0]!.name = { sv: '<img src=x onerror="window.__pwned=1">Unga' };
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${listing}></samverkan-area-list>`);
      const links = [...parts(el, 'collaborations')[0]!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/laxhjalp']);
      expect(text(parts(el, 'collaborations')[0]!)).to.contain('Falsk länk');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('filters', () => {
    it('filters by target group and by district, announcing how many areas are shown', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${richListing()}></samverkan-area-list>`);
      const [groups, districts] = [...el.shadowRoot!.querySelectorAll('select')];
      expect([...groups!.options].map((o) => o.textContent)).to.deep.equal(['Alla', 'Unga', 'Äldre']);
      groups!.value = 'aldre';
      groups!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Jämlik fritid och kultur']);
      expect(text(el.shadowRoot!.querySelector('fieldset + .status')!)).to.equal('Visar 1 av 5 områden.');
      groups!.value = '';
      groups!.dispatchEvent(new Event('change'));
      districts!.value = 'rosengard';
      districts!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Ungas hälsa och livsstil']);
      expect(await violations(el)).to.deep.equal([]);
    });

    it('names its filters as form fields, in a group with a legend', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${richListing()}></samverkan-area-list>`);
      const selects = [...el.shadowRoot!.querySelectorAll('select')];
      expect(selects.map((s) => text(s.closest('label')!).split(' ')[0])).to.deep.equal(['Målgrupp', 'Stadsdel']);
      expect(text(el.shadowRoot!.querySelector('legend')!)).to.equal('Filtrera områden');
    });

    it('says so, and offers to show all, when nothing matches', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${richListing()}></samverkan-area-list>`);
      const [groups, districts] = [...el.shadowRoot!.querySelectorAll('select')];
      groups!.value = 'aldre';
      groups!.dispatchEvent(new Event('change'));
      districts!.value = 'rosengard';
      districts!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(parts(el, 'empty')[0]!)).to.contain('Inga områden passar filtret.');
      expect(await violations(el)).to.deep.equal([]);
      parts(el, 'empty')[0]!.querySelector('button')!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(5);
    });

    it('shows the agreement’s status and the date its data is from', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list></samverkan-area-list>`);
      expect(text(parts(el, 'agreement-status')[0]!)).to.equal('Överenskommelsen gäller sedan 14 juni 2017. Uppgifterna gäller per 13 maj 2019.');
      const ended = await fixture<SamverkanAreaList>(
        html`<samverkan-area-list lang="en" .agreement=${{ ...MALMO_LISTING, status: { state: 'terminated', date: '2024-03-06' }, asOf: '2024-03-06' }}></samverkan-area-list>`,
      );
      expect(text(parts(ended, 'agreement-status')[0]!)).to.equal('The agreement ended on 6 March 2024. The data is as of 6 March 2024.');
    });

    it('shows no host, no phase and never "vakant" for an agreement organised without värdskap', async () => {
      const listing: AgreementListing = {
        ...MALMO_LISTING,
        hosting: false,
        areas: MALMO_LISTING.areas.map(({ hosts: _hosts, phase: _phase, ...area }) => area),
      };
      for (const lang of ['sv', 'en']) {
        const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list lang=${lang} .agreement=${listing}></samverkan-area-list>`);
        expect(names(el)).to.have.length(5);
        const all = text(el.shadowRoot!.querySelector('[part~="list"]')!);
        expect(all).to.not.match(/vakant|vacant|Värd|Host|Fas |Phase /);
        expect(text(parts(el, 'facts')[0]!)).to.match(/^(Startade 13 juni 2018|Started 13 June 2018)/);
        expect(await violations(el)).to.deep.equal([]);
      }
    });

    it('says the plan has no areas when it has none', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${{ ...MALMO_LISTING, areas: [] }}></samverkan-area-list>`);
      expect(text(parts(el, 'empty')[0]!)).to.equal('Samarbetsplanen har inga prioriterade områden ännu.');
      expect(await violations(el)).to.deep.equal([]);
    });
  });

  describe('selecting an area', () => {
    it('fires samverkan-area-select when an area is chosen by keyboard, and marks it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Före</button><samverkan-area-list></samverkan-area-list></div>`);
      const el = wrapper.querySelector('samverkan-area-list')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      // The target-group filter comes first, then each area's button.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('SELECT');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(text(el.shadowRoot!.activeElement!)).to.equal('Välj Jämlik fritid och kultur');
      const event = oneEvent(wrapper, 'samverkan-area-select') as Promise<SamverkanAreaSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const { areaId, area, bubbles, composed } = await event;
      expect([areaId, area.name.sv, bubbles, composed]).to.deep.equal(['jamlik-fritid-och-kultur', 'Jämlik fritid och kultur', true, true]);
      await el.updateComplete;
      expect(el.selectedArea).to.equal('jamlik-fritid-och-kultur');
      expect(parts(el, 'item')[1]!.getAttribute('aria-current')).to.equal('true');
      expect(parts(el, 'select-button')[1]!.getAttribute('aria-pressed')).to.equal('true');
      expect(await violations(el)).to.deep.equal([]);
    });
  });

  describe('theming', () => {
    it('takes custom properties from the page and exposes parts', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <style>
          .themed { --samverkan-color-border: rgb(0, 128, 0); --samverkan-radius: 0; }
          .themed::part(label) { text-transform: uppercase; }
        </style>
        <samverkan-area-list class="themed"></samverkan-area-list>
      </div>`);
      const el = wrapper.querySelector('samverkan-area-list')!;
      await el.updateComplete;
      expect(getComputedStyle(parts(el, 'base')[0]!).borderTopColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(parts(el, 'base')[0]!).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(parts(el, 'label')[0]!).textTransform).to.equal('uppercase');
    });

    it('reads well on a dark page: no contrast violations with light text on a dark background', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #111; color: #eee; padding: 1rem"><samverkan-area-list .agreement=${richListing()}></samverkan-area-list></div>`);
      expect(await violations(wrapper)).to.deep.equal([]);
    });
  });

  describe('a long list', () => {
    /** Malmö's listing with `n` areas named `<prefix> <i>`, each with its own id; every third in Rosengård. */
    function longListing(n: number, prefix = 'Område'): AgreementListing {
      const listing = structuredClone(MALMO_LISTING);
      const base = listing.areas[0]!;
      listing.districts = [{ id: 'rosengard', label: { sv: 'Rosengård' } }];
      listing.areas = Array.from({ length: n }, (_, i) => ({
        ...structuredClone(base),
        id: `${prefix.toLowerCase()}-${i}`,
        name: { sv: `${prefix} ${i}` },
        districts: i % 3 === 0 ? ['rosengard'] : [],
      }));
      return listing;
    }
    const range = (n: number, name: (i: number) => string) => Array.from({ length: n }, (_, i) => name(i));
    /** One turn of the event loop: a task queued now runs after the tasks queued before it. */
    const nextTask = () => new Promise((resolve) => setTimeout(resolve));

    it('goes into the page a chunk at a time, the page answering between chunks, until every area is there in order', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('samverkan-area-list');
      el.agreement = longListing(300);
      wrapper.append(el);
      // A task queued as the list starts runs before the list is complete: the page is not held until the end.
      await nextTask();
      const between = names(el).length;
      expect(between).to.be.greaterThan(0);
      expect(between).to.be.lessThan(300);
      // updateComplete waits for the last chunk.
      await el.updateComplete;
      expect(names(el)).to.deep.equal(range(300, (i) => `Område ${i}`));
      // Ordinary DOM: find-in-page and a screen reader's list navigation reach the last area, and the list is
      // one list of 300 items, each saying where it stands. Its items stand in groups of 120 that are no part
      // of the list to assistive technology (role=none), so their items are the list's own.
      const list = parts(el, 'list')[0]!;
      expect(list.getAttribute('role')).to.equal('list');
      expect([...list.children].map((g) => [g.tagName, g.getAttribute('role'), g.children.length])).to.deep.equal([
        ['DIV', 'none', 120],
        ['DIV', 'none', 120],
        ['DIV', 'none', 60],
      ]);
      expect([...list.children].flatMap((g) => [...g.children].map((c) => c.tagName))).to.deep.equal(range(300, () => 'LI'));
      expect(text(list)).to.contain('Välj Område 299');
      const items = parts(el, 'item');
      expect([items[0]!, items[299]!].map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])).to.deep.equal([
        ['1', '300'],
        ['300', '300'],
      ]);
      expect(items.every((li) => text(el.shadowRoot!.getElementById(li.getAttribute('aria-labelledby')!)!) === text(li.querySelector('[part~="label"]')!))).to.equal(true);
      expect(text(parts(el, 'heading')[0]!)).to.equal('Prioriterade områden');
      // Nothing is announced while it fills.
      expect(text(parts(el, 'status')[0]!)).to.equal('');
    });

    it('starts again from the top when a filter changes, shows exactly the areas that match in order, and counts them', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${longListing(330)}></samverkan-area-list>`);
      expect(names(el)).to.have.length(330);
      const select = [...el.shadowRoot!.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'rosengard'))!;
      select.value = 'rosengard';
      select.dispatchEvent(new Event('change'));
      const matching = range(110, (i) => `Område ${i * 3}`);
      // At once only matching areas, from the first; none of the unfiltered list stays behind.
      await nextTask();
      const first = names(el);
      expect(first.length).to.be.greaterThan(0);
      expect(first).to.deep.equal(matching.slice(0, first.length));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(matching);
      expect(text(el.shadowRoot!.querySelector('fieldset + .status')!)).to.equal('Visar 110 av 330 områden.');
      expect(parts(el, 'item').at(-1)!.getAttribute('aria-setsize')).to.equal('110');
    });

    it('selects an area anywhere in the list, and marks only that one', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${longListing(250)}></samverkan-area-list>`);
      const pressed = () => parts(el, 'select-button').flatMap((b, i) => (b.getAttribute('aria-pressed') === 'true' ? [i] : []));
      const event = oneEvent(el, 'samverkan-area-select') as Promise<SamverkanAreaSelectEvent>;
      parts(el, 'select-button')[220]!.click();
      expect((await event).areaId).to.equal('område-220');
      await el.updateComplete;
      expect(pressed()).to.deep.equal([220]);
      parts(el, 'select-button')[3]!.click();
      await el.updateComplete;
      expect(pressed()).to.deep.equal([3]);
      expect(parts(el, 'item')[3]!.getAttribute('aria-current')).to.equal('true');
      expect(parts(el, 'item')[220]!.getAttribute('aria-current')).to.equal('false');
      expect(names(el)).to.deep.equal(range(250, (i) => `Område ${i}`));
    });

    it('never mixes the areas of a list replaced while its chunks are still coming with the new one', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('samverkan-area-list');
      el.agreement = longListing(300, 'Gammalt');
      wrapper.append(el);
      await nextTask();
      expect(names(el).length).to.be.lessThan(300);
      el.agreement = longListing(200, 'Nytt');
      await nextTask();
      const seen: number[] = [];
      // Looked at after the update and then after every task until the new list is whole: only new areas,
      // in order, from the first.
      await waitUntil(
        () => {
          const now = names(el);
          seen.push(now.length);
          expect(now).to.deep.equal(range(now.length, (i) => `Nytt ${i}`));
          return now.length === 200;
        },
        'the new list did not complete',
        { interval: 0, timeout: 60_000 },
      );
      await el.updateComplete;
      expect(names(el)).to.deep.equal(range(200, (i) => `Nytt ${i}`));
      expect(seen.length).to.be.greaterThan(1);
    });

    it('stops filling while taken out of the page, and finishes when put back', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('samverkan-area-list');
      el.agreement = longListing(300);
      wrapper.append(el);
      await nextTask();
      el.remove();
      const detached = names(el).length;
      await nextTask();
      await nextTask();
      expect(names(el).length).to.equal(detached);
      expect(detached).to.be.lessThan(300);
      wrapper.append(el);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(range(300, (i) => `Område ${i}`));
    });

    it('has no axe violations once filled, with filters and a selected area', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${longListing(120)} selected-area="område-100"></samverkan-area-list>`);
      expect(names(el)).to.have.length(120);
      expect(parts(el, 'item')[100]!.getAttribute('aria-current')).to.equal('true');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('keeps one list of every area, with no axe violations, when it stands in groups', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${longListing(130)} selected-area="område-125"></samverkan-area-list>`);
      expect(names(el)).to.deep.equal(range(130, (i) => `Område ${i}`));
      const list = parts(el, 'list')[0]!;
      expect([...list.children].map((g) => g.children.length)).to.deep.equal([120, 10]);
      expect(parts(el, 'item').map((li) => li.getAttribute('aria-posinset'))).to.deep.equal(range(130, (i) => String(i + 1)));
      expect(parts(el, 'item').every((li) => li.getAttribute('aria-setsize') === '130')).to.equal(true);
      expect(parts(el, 'item')[125]!.getAttribute('aria-current')).to.equal('true');
      expect(await violations(el)).to.deep.equal([]);
      // As Chromium gives it to assistive technology: one list, whose own items are areas in order (a group
      // not yet drawn is left out of the tree until it is, as find-in-page or moving there draws it); the
      // last group's areas too once they are shown.
      type AxNode = { id: string; owner?: string; role?: string; name: string };
      const items = async () => {
        const nodes = await executeServerCommand<AxNode[], undefined>('ax-tree');
        const lists = nodes.filter((n) => n.role === 'list');
        expect(lists).to.have.length(1);
        return nodes.filter((n) => n.owner === lists[0]!.id);
      };
      const before = await items();
      expect(before.every((n) => n.role === 'listitem')).to.equal(true);
      expect(before[0]!.name).to.equal('Område 0');
      parts(el, 'item')[129]!.scrollIntoView();
      await waitUntil(async () => (await items()).length === 130, 'the last group did not reach the accessibility tree', { timeout: 45_000 });
      const after = await items();
      expect(after.every((n) => n.role === 'listitem')).to.equal(true);
      expect(after.at(-1)!.name).to.equal('Område 129');
    });

    it('moves focus by Tab from the last area of one group to the first of the next, off screen', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list .agreement=${longListing(250)}></samverkan-area-list>`);
      const buttons = parts(el, 'select-button');
      buttons[119]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(buttons[120]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(parts(el, 'item')[120]!.getAttribute('aria-current')).to.equal('true');    });
  });

  describe('loading another agreement with src', () => {
    // The loading code (core's schema and its dependencies, served module by module in the test server)
    // is fetched once before these tests, with all the time it needs, so that each test waits for its
    // own file and not for a cold start of the test server on a busy machine.
    before(async function () {
      this.timeout(120_000);
      await import('../../internal/remote.js');
    });

    it('loads another kommun’s agreement, announcing the loading politely, and validates it', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list src="/examples/other-kommun/agreement.json"></samverkan-area-list>`);
      const status = parts(el, 'status')[0]!;
      expect(status.getAttribute('role')).to.equal('status');
      await waitUntil(() => names(el).length === 3, 'the agreement did not load', { timeout: 45_000 });
      expect(names(el)).to.deep.equal(['Psykisk hälsa bland unga', 'Mötesplatser på landsbygden', 'Klimatomställning tillsammans']);
      expect(text(el.shadowRoot!.querySelector('.intro')!)).to.contain('Handlingsplan 2023–2026');
      expect([...el.shadowRoot!.querySelectorAll('select')].map((s) => s.options.length)).to.deep.equal([2, 3]);
      expect(await violations(el)).to.deep.equal([]);
    });

    it('is busy, says so, and passes axe while loading', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list src="/__test/slow.json?ms=120000" timeout="120000"></samverkan-area-list>`);
      await el.updateComplete;
      expect(text(parts(el, 'status')[0]!)).to.equal('Hämtar överenskommelsen …');
      // The content is busy; the status that says so is outside it, so it is announced.
      expect(el.shadowRoot!.querySelector('.content')!.getAttribute('aria-busy')).to.equal('true');
      expect(parts(el, 'status')[0]!.closest('[aria-busy="true"]')).to.equal(null);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(await violations(el)).to.deep.equal([]);
    });

    // What a visitor reads: short words, and a retry only where retrying can help. The details (what a
    // developer needs) go to the event and the console.
    const VISITOR_RETRY = 'Överenskommelsen kan inte visas just nu. Försök igen om en stund.';
    const VISITOR_FAULT = 'Överenskommelsen kan inte visas just nu. Felet ligger hos webbplatsen, inte hos dig.';
    const failures: [string, string, string, string, boolean][] = [
      ['a missing file (404)', '/packages/elements/test/fixtures/saknas.json', 'http', 'Överenskommelsen kunde inte hämtas från /packages/elements/test/fixtures/saknas.json (svar 404). Kontrollera att adressen stämmer.', false],
      ['a file that is not JSON', '/packages/elements/test/fixtures/not-json.json', 'not-json', 'Filen på /packages/elements/test/fixtures/not-json.json är inte giltig JSON.', false],
      ['a file served as text', '/packages/elements/test/fixtures/agreement.txt', 'content-type', 'är inte JSON. Peka src på en agreement.json.', false],
      ['an invalid agreement', '/packages/elements/test/fixtures/invalid.json', 'invalid', 'är ingen giltig överenskommelse: 15 fel, det första vid municipality. Kontrollera den med npx -p @samverkan/core samverkan validate.', false],
      ['a file too large', '/__test/big.json', 'too-large', 'är för stor för att vara en överenskommelse.', false],
      ['a server error (503)', '/__test/status/503', 'http', '(svar 503)', true],
    ];
    for (const [what, src, reason, details, retry] of failures) {
      it(`shows visitors a short message${retry ? ' with a retry' : ' without a retry'}, and developers the details, for ${what}`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const event = oneEvent(wrapper, 'samverkan-load-error') as Promise<SamverkanLoadErrorEvent>;
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
        const el = document.createElement('samverkan-area-list');
        el.src = src;
        wrapper.append(el);
        const fired = await event;
        console.warn = warn;
        await el.updateComplete;
        expect(fired.reason).to.equal(reason);
        expect(fired.src).to.equal(src);
        expect(fired.retryable).to.equal(retry);
        expect(fired.message).to.contain(details);
        expect(warnings.join('\n')).to.contain(details);
        const box = parts(el, 'error-message')[0]!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(text(box.querySelector('p')!)).to.equal(retry ? VISITOR_RETRY : VISITOR_FAULT);
        // Nothing of the developer's wording (the address, the command) reaches the visitor.
        expect(text(box)).not.to.contain(src);
        expect(text(box)).not.to.contain('samverkan validate');
        expect(parts(el, 'retry-button').map(text)).to.deep.equal(retry ? ['Försök igen'] : []);
        expect(el.matches(':state(error)')).to.equal(true);
        expect(parts(el, 'item')).to.have.length(0);
        expect(await violations(el)).to.deep.equal([]);
      });
    }

    it('keeps the HTML rendered inside it (samverkan render) while src loads, then draws itself once', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list src="/examples/other-kommun/agreement.json?fallback"
        ><section><h2>Prioriterade områden</h2><ul><li><h3>Psykisk hälsa bland unga</h3></li></ul></section></samverkan-area-list
      >`);
      const fallback = el.querySelector('section')!;
      // Loading: the page keeps showing what it had, rather than a loading message in its place.
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(fallback.getClientRects().length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
      await waitUntil(() => names(el).length === 3, 'the agreement did not load', { timeout: 10000 });
      // Loaded: the element's own drawing, and the HTML inside is no longer shown.
      expect(fallback.getClientRects().length).to.equal(0);
      expect(await violations(el)).to.deep.equal([]);
    });

    it('shows an agreement whose only fault is fields it does not know, and still refuses real faults', async () => {
      const el = await fixture<SamverkanAreaList>(html`<samverkan-area-list src="/packages/elements/test/fixtures/extra-fields.json"></samverkan-area-list>`);
      await waitUntil(() => names(el).length === 3, 'the agreement with extra fields did not show', { timeout: 10000 });
      expect(names(el)[0]).to.equal('Psykisk hälsa bland unga');
      expect(parts(el, 'error-message')).to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('[part~="base"]')!)).not.to.contain('hjarta.svg');
    });

    it('gives up after its timeout, then loads again on "Försök igen"', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const event = oneEvent(wrapper, 'samverkan-load-error') as Promise<SamverkanLoadErrorEvent>;
      const el = document.createElement('samverkan-area-list');
      el.timeout = 200;
      el.src = '/__test/slow.json';
      wrapper.append(el);
      const fired = await event;
      expect(fired.reason).to.equal('timeout');
      expect(fired.retryable).to.equal(true);
      expect(fired.message).to.contain('Det tog för lång tid att hämta överenskommelsen');
      await el.updateComplete;
      expect(text(parts(el, 'error-message')[0]!)).to.contain('Försök igen om en stund.');
      expect(parts(el, 'retry-button')).to.have.length(1);
      // The agreement is fixed on the server; a retry fetches again rather than reusing the failure.
      el.src = '/examples/other-kommun/agreement.json';
      await waitUntil(() => names(el).length === 3, 'the retry did not load', { timeout: 45_000 });
      expect(parts(el, 'error-message')).to.have.length(0);
    });

    it('words the error in English on an English page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const event = oneEvent(wrapper, 'samverkan-load-error') as Promise<SamverkanLoadErrorEvent>;
      const el = document.createElement('samverkan-area-list');
      el.src = '/__test/status/500';
      wrapper.append(el);
      const fired = await event;
      await el.updateComplete;
      expect(fired.message).to.contain('could not be loaded from /__test/status/500 (response 500)');
      expect(text(parts(el, 'error-message')[0]!.querySelector('p')!)).to.equal('The agreement cannot be shown right now. Try again in a moment.');
      expect(text(parts(el, 'retry-button')[0]!)).to.equal('Try again');
    });

    it('fetches each URL once for every element on the page', async () => {
      const original = window.fetch;
      const calls: string[] = [];
      window.fetch = (input, init) => {
        calls.push(String(input));
        return original(input, init);
      };
      const wrapper = await fixture<HTMLElement>(html`<div>
        <samverkan-area-list src="/examples/other-kommun/agreement.json?once"></samverkan-area-list>
        <samverkan-area-list src="/examples/other-kommun/agreement.json?once"></samverkan-area-list>
      </div>`);
      const lists = [...wrapper.querySelectorAll('samverkan-area-list')];
      await waitUntil(() => lists.every((l) => names(l).length === 3), 'the lists did not load', { timeout: 45_000 });
      window.fetch = original;
      expect(calls.filter((c) => c.endsWith('/examples/other-kommun/agreement.json?once'))).to.have.length(1);
    });
  });
});
