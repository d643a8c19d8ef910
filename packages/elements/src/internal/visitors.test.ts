// What every visitor meets: their own language (Arabic right to left, Somali, lättläst Swedish), a page
// that reflows at 320 CSS px, error colours readable on light and dark pages, and announcements that
// reach the accessibility tree.
import 'axe-core/axe.min.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { AgreementListing } from '@samverkan/core/light';
import { ui as ar } from '@samverkan/core/locales/ar/ui';
import { ui as so } from '@samverkan/core/locales/so/ui';
import { ui as easy } from '@samverkan/core/locales/sv-x-lattlast/ui';
import '../define/area-list.js';
import '../define/match-form.js';
import '../define/principles.js';
import { openFrame, waitFor } from '../cdn/pages.js';
import { MALMO_LISTING } from './malmo-listing.js';

declare const axe: { run: (el: Element) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

type Element3 = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

/** The three elements in a page region of the given language and direction, each in its own language. */
async function page(lang: string, dir = 'ltr'): Promise<{ root: HTMLElement; list: Element3; principles: Element3; form: Element3 }> {
  const root = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <samverkan-area-list layout="list"></samverkan-area-list>
    <samverkan-principles></samverkan-principles>
    <samverkan-match-form min-fill-seconds="0"></samverkan-match-form>
  </div>`);
  const [list, principles, form] = ['samverkan-area-list', 'samverkan-principles', 'samverkan-match-form'].map((t) => root.querySelector<Element3>(t)!);
  for (const el of [list!, principles!, form!]) await el.updateComplete;
  return { root, list: list!, principles: principles!, form: form! };
}

/** Whether the page scrolls sideways at its current width. */
const sideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

async function failSubmit(form: Element3): Promise<void> {
  part(form, 'submit-button').click();
  await waitUntil(() => form.shadowRoot.querySelector('[part~="error-summary"]'), 'no error summary', { timeout: 8000 });
  await form.updateComplete;
}

// WCAG 2.x relative luminance and contrast, from a computed colour (rgb() or color(srgb …)).
function rgb(css: string): [number, number, number] {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(css);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(css);
  if (!m) throw new Error(`unreadable colour ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function luminance(css: string): number {
  const [r, g, b] = rgb(css).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// The form's checks (core's schema, served module by module by the test server) are fetched once, with
// all the time they need, so each test waits for what it tests and not for a cold start.
before(async function () {
  this.timeout(120_000);
  await import('../components/match-form/check.js');
});

describe('an Arabic page (lang="ar" dir="rtl")', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the three elements in Arabic, right to left, with the Swedish-only texts marked as Swedish', async () => {
    const { root, list, principles, form } = await page('ar', 'rtl');
    expect(text(part(list, 'heading'))).to.equal(ar.areaList.areas);
    expect(text(part(principles, 'heading'))).to.equal(ar.page.principles);
    expect(text(part(form, 'heading'))).to.equal(ar.form.heading);
    expect(text(part(form, 'submit-button'))).to.equal(ar.form.submit);
    for (const el of [list, principles, form]) {
      expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
      expect(part(el, 'base').getAttribute('lang')).to.equal('ar');
    }
    // The Malmö areas exist only in Swedish: read with a Swedish voice, in their own direction.
    const label = part(list, 'label');
    expect(label.getAttribute('lang')).to.equal('sv');
    expect(label.getAttribute('dir')).to.equal('auto');
    // So is the plan's name inside the Arabic sentence about its period.
    const plan = list.shadowRoot.querySelector<HTMLElement>('.intro span')!;
    expect([plan.textContent, plan.getAttribute('lang'), plan.getAttribute('dir')]).to.deep.equal(['Samarbetsplan 2018–2022', 'sv', 'auto']);
    expect(plan.parentElement!.textContent).to.match(/\p{Script=Arabic}/u);
    expect(await violations(root)).to.deep.equal([]);
  });

  it('scrolls sideways neither at 320 nor at 1280 CSS px', async () => {
    await page('ar', 'rtl');
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      await new Promise((r) => requestAnimationFrame(r));
      expect(sideways(), `at ${width} px`).to.equal(false);
    }
  });

  it('is photographed at 320 px for a person to look at', async () => {
    await setViewport({ width: 320, height: 800 });
    const { form } = await page('ar', 'rtl');
    try {
      await failSubmit(form);
    } catch (e) {
      console.log('DEBUG', form.shadowRoot.textContent!.replace(/\s+/g, ' ').slice(0, 600));
      throw e;
    }
    window.scrollTo(0, 0);
    const top = await executeServerCommand<string, { name: string }>('screenshot', { name: 'arabic-320-top' });
    part(form, 'error-summary').scrollIntoView({ block: 'start' });
    const errors = await executeServerCommand<string, { name: string }>('screenshot', { name: 'arabic-320-errors' });
    console.log(`screenshots: ${top} ${errors}`);
    expect(top).to.match(/arabic-320-top\.png$/);
    expect(errors).to.match(/arabic-320-errors\.png$/);
  });
});

describe('a Somali page and a lättläst page', () => {
  it('show their own wording', async () => {
    const somali = await page('so');
    expect(text(part(somali.list, 'heading'))).to.equal(so.areaList.areas);
    expect(text(part(somali.form, 'heading'))).to.equal(so.form.heading);
    expect(text(part(somali.principles, 'heading'))).to.equal(so.page.principles);
    const lattlast = await page('sv-x-lattlast');
    expect(text(part(lattlast.list, 'heading'))).to.equal(easy.areaList.areas);
    expect(text(part(lattlast.form, 'heading'))).to.equal(easy.form.heading);
    // Lättläst is Swedish: the agreement's Swedish texts need no other marking.
    expect(part(lattlast.list, 'label').getAttribute('lang')).to.equal('sv');
    expect(await violations(somali.root)).to.deep.equal([]);
    expect(await violations(lattlast.root)).to.deep.equal([]);
  });
});

describe('reflow at 320 and 375 CSS px, and at 400 % zoom', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const layout of ['list', 'cards']) {
    it(`keeps a bare page with every element, the list as ${layout}, within the screen`, async () => {
      const listing: AgreementListing = structuredClone(MALMO_LISTING);
      // Hosts with long names, as a real agreement has.
      listing.areas[0]!.hosts = [
        { side: 'sector', name: 'Riksförbundet Unga Musikanter Skåne', from: '2018-06-13' },
        { side: 'municipality', name: 'Fritidsförvaltningen', from: '2018-06-13' },
      ];
      await fixture(html`<div>
        <samverkan-area-list layout=${layout} .agreement=${listing}></samverkan-area-list>
        <samverkan-principles></samverkan-principles>
        <samverkan-match-form min-fill-seconds="0"></samverkan-match-form>
      </div>`);
      for (const width of [320, 375]) {
        await setViewport({ width, height: 800 });
        await new Promise((r) => requestAnimationFrame(r));
        expect(sideways(), `at ${width} px`).to.equal(false);
      }
    });
  }

  // 400 % zoom in a 1280 px window lays the page out in 320 CSS px (WCAG 1.4.10's own equivalence); it is
  // tested as a zoom too: the root zoomed four times in a 1280 px frame.
  for (const [width, zoom] of [
    ['320px', 1],
    ['375px', 1],
    ['1280px', 4],
  ] as const) {
    it(`keeps the demo page within the screen at ${width}${zoom > 1 ? ` and ${zoom * 100} % zoom` : ''}`, async () => {
      const frame = await openFrame({ src: '/examples/embed/index.html' }, width);
      try {
        const doc = frame.contentDocument!;
        const win = frame.contentWindow!;
        if (zoom > 1) doc.documentElement.style.zoom = String(zoom);
        const shadow = (tag: string, selector: string) => doc.querySelector(tag)?.shadowRoot?.querySelectorAll(selector).length ?? 0;
        await waitFor(() => shadow('samverkan-area-list', '[part~="item"]') > 0, 'the areas');
        await waitFor(() => shadow('samverkan-principles', 'li') > 0, 'the principles');
        await waitFor(() => shadow('samverkan-match-form', 'input') > 0, 'the form');
        await doc.fonts.ready;
        // Two frames of the page's own: layout has settled after the last render.
        for (let i = 0; i < 2; i++) await new Promise((r) => win.requestAnimationFrame(r));
        // On failure, say which elements (shadow roots included) reach past the screen.
        const all = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
        const edge = doc.documentElement.getBoundingClientRect().right;
        const wide = all(doc)
          .filter((e) => e.getBoundingClientRect().right > edge + 1 || e.getBoundingClientRect().left < -1)
          .map((e) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.trim().replace(/\s+/g, '.')}` : ''}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''}`);
        expect(doc.documentElement.scrollWidth, `${width}: ${wide.join(' ')}`).to.be.at.most(doc.documentElement.clientWidth);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('error colours', () => {
  for (const [host, background, color] of [
    ['a light page', 'rgb(255, 255, 255)', 'rgb(11, 12, 12)'],
    ['a dark page', 'rgb(18, 18, 18)', 'rgb(238, 238, 238)'],
  ] as const) {
    it(`reach 4.5:1 by default on ${host}`, async () => {
      const root = await fixture<HTMLElement>(html`<div style="background: ${background}; color: ${color}; padding: 1rem">
        <samverkan-match-form min-fill-seconds="0"></samverkan-match-form>
      </div>`);
      const form = root.querySelector<Element3>('samverkan-match-form')!;
      await form.updateComplete;
      await failSubmit(form);
      const error = form.shadowRoot.querySelector<HTMLElement>('.field-error')!;
      const link = form.shadowRoot.querySelector<HTMLElement>('[part~="error-summary"] a')!;
      const border = getComputedStyle(form.shadowRoot.querySelector<HTMLElement>('.invalid')!).borderInlineStartColor;
      expect(contrast(getComputedStyle(error).color, background), 'field message').to.be.at.least(4.5);
      expect(contrast(getComputedStyle(link).color, background), 'summary link').to.be.at.least(4.5);
      // Non-text contrast (1.4.11) asks 3:1 of the invalid field's border.
      expect(contrast(border, background), 'invalid border').to.be.at.least(3);
    });
  }
});

describe('announcements', () => {
  it('speaks the filter result through a polite status that was there, empty, before', async () => {
    const listing: AgreementListing = structuredClone(MALMO_LISTING);
    listing.districts = [{ id: 'rosengard', label: { sv: 'Rosengård' } }];
    listing.areas[1]!.districts = ['rosengard'];
    const list = await fixture<Element3>(html`<samverkan-area-list .agreement=${listing}></samverkan-area-list>`);
    type AxNode = { id: string; parent?: string; role?: string; name: string; live?: string };
    const tree = async () => executeServerCommand<AxNode[], undefined>('ax-tree');
    const spoken = (nodes: AxNode[], node: AxNode): string => {
      const kids = nodes.filter((n) => n.parent === node.id);
      return [node.role === 'StaticText' ? node.name : '', ...kids.map((k) => spoken(nodes, k))].join('').trim();
    };
    const politeStatuses = (nodes: AxNode[]) => nodes.filter((n) => n.role === 'status' && n.live === 'polite');
    const before = await tree();
    expect(politeStatuses(before).map((n) => spoken(before, n))).to.include('');

    const select = [...list.shadowRoot.querySelectorAll<HTMLSelectElement>('[part~="filters"] select')].find((s) => [...s.options].some((o) => o.value === 'rosengard'))!;
    select.value = 'rosengard';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    await waitUntil(async () => politeStatuses(await tree()).some((n) => n.name !== undefined), 'the tree', { timeout: 4000 });
    const after = await tree();
    expect(politeStatuses(after).map((n) => spoken(after, n))).to.include('Visar 1 av 5 områden.');
  });

  it('exposes the required fields as required', async () => {
    const form = await fixture<Element3>(html`<samverkan-match-form></samverkan-match-form>`);
    const required = (name: string) => form.shadowRoot.querySelector(`[name="${name}"]`)!.getAttribute('aria-required');
    expect(['name', 'contactName', 'contactEmail', 'consent'].map(required)).to.deep.equal(['true', 'true', 'true', 'true']);
    expect(['organisationNumber', 'contactPhone', 'description'].map(required)).to.deep.equal([null, null, null]);
    const nodes = await executeServerCommand<{ role?: string; name: string; required?: boolean }[], undefined>('ax-tree');
    expect(nodes.some((n) => n.role === 'textbox' && /^Organisationens namn/.test(n.name) && n.required === true)).to.equal(true);
    // The optional mark is spoken after a space, not run together ("Organisationsnummer(valfritt)").
    expect(nodes.filter((n) => n.role === 'textbox' && /^Organisationsnummer/.test(n.name)).map((n) => n.name.replace(/\s/g, ' '))).to.deep.equal(['Organisationsnummer (valfritt)']);
  });
});
