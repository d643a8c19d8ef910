import 'axe-core/axe.min.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgreementListing } from '@samverkan/core/light';
import { MALMO_LISTING } from '../../internal/malmo-listing.js';
import '../../define/principles.js';
import type { SamverkanPrinciples } from './principles.js';

declare const axe: { run: (el: Element) => Promise<{ violations: { id: string }[] }> };

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el);
  return result.violations.map((v) => v.id);
}

const parts = (el: SamverkanPrinciples, part: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('<samverkan-principles>', () => {
  // As in the area list's suite: compile the src loader once, before any test's clock runs.
  before(async function () {
    this.timeout(120000);
    await import('../../internal/remote.js');
  });

  it('shows Malmöandan’s six principles in Swedish by default', async () => {
    const el = await fixture<SamverkanPrinciples>(html`<samverkan-principles></samverkan-principles>`);
    expect(parts(el, 'label').map(text)).to.deep.equal([
      'Självständighet',
      'Dialog',
      'Kvalitet',
      'Långsiktighet',
      'Öppenhet och insyn',
      'Mångfald',
    ]);
    expect(text(parts(el, 'heading')[0]!)).to.equal('Principer för samverkan');
  });

  it('is a region named by its heading, with a list of six items, and has no axe violations', async () => {
    const el = await fixture<SamverkanPrinciples>(html`<samverkan-principles></samverkan-principles>`);
    const base = parts(el, 'base')[0]!;
    const heading = el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!;
    expect(text(heading)).to.equal('Principer för samverkan');
    expect(heading.tagName).to.equal('H2');
    expect(el.shadowRoot!.querySelectorAll('ul > li')).to.have.length(6);
    expect(await violations(el)).to.deep.equal([]);
  });

  it('lets the axe check fail: an unnamed button is reported (negative control)', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    expect(await violations(el)).to.include('button-name');
  });

  it('takes its heading level from heading-level, clamped to 1–6', async () => {
    const el = await fixture<SamverkanPrinciples>(html`<samverkan-principles heading-level="4"></samverkan-principles>`);
    expect(parts(el, 'heading')[0]!.tagName).to.equal('H4');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(parts(el, 'heading')[0]!.tagName).to.equal('H2');
  });

  it('speaks English with lang="en", and follows the nearest ancestor’s lang when it has none', async () => {
    const own = await fixture<SamverkanPrinciples>(html`<samverkan-principles lang="en"></samverkan-principles>`);
    expect(text(parts(own, 'heading')[0]!)).to.equal('Principles of collaboration');
    expect(parts(own, 'label').map(text)).to.include('Openness and transparency');

    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><samverkan-principles></samverkan-principles></div>`);
    const inner = wrapper.querySelector('samverkan-principles')!;
    await inner.updateComplete;
    expect(parts(inner, 'label')[0]!.textContent).to.equal('Independence');

    wrapper.setAttribute('lang', 'sv');
    await new Promise((r) => setTimeout(r));
    await inner.updateComplete;
    expect(parts(inner, 'label')[0]!.textContent).to.equal('Självständighet');
    expect(await violations(wrapper)).to.deep.equal([]);
  });

  it('shows another kommun’s relabelled principles, marking a Swedish-only text as Swedish on an English page', async () => {
    const agreement: AgreementListing = {
      ...MALMO_LISTING,
      principles: [
        { id: 'oberoende', national: 'independence', label: { sv: 'Oberoende', en: 'Autonomy' } },
        { id: 'barnets-basta', label: { sv: 'Barnets bästa' }, description: { sv: 'Barns rättigheter väger in.' } },
      ],
    };
    const el = await fixture<SamverkanPrinciples>(html`<samverkan-principles lang="en" .agreement=${agreement}></samverkan-principles>`);
    expect(parts(el, 'label').map(text)).to.deep.equal(['Autonomy', 'Barnets bästa']);
    expect(parts(el, 'item')[1]!.getAttribute('lang')).to.equal('sv');
    expect(text(parts(el, 'description')[0]!)).to.equal('Barns rättigheter väger in.');
    expect(await violations(el)).to.deep.equal([]);
  });

  it('renders data as text, never as markup', async () => {
    const agreement: AgreementListing = {
      ...MALMO_LISTING,
      principles: [{ id: 'x', label: { sv: '<img src=x onerror="window.__pwned=1">Dialog' } }],
    };
    const el = await fixture<SamverkanPrinciples>(html`<samverkan-principles .agreement=${agreement}></samverkan-principles>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(parts(el, 'label')[0]!.textContent).to.contain('<img');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says so, rather than showing an empty box, when the agreement has no principles', async () => {
    const el = await fixture<SamverkanPrinciples>(html`<samverkan-principles .agreement=${{ ...MALMO_LISTING, principles: [] }}></samverkan-principles>`);
    expect(text(parts(el, 'empty')[0]!)).to.equal('Överenskommelsen anger inga principer.');
    expect(await violations(el)).to.deep.equal([]);
  });

  it('adds no tab stops of its own: keyboard focus moves past it to the next control', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Före</button><samverkan-principles></samverkan-principles><button id="after">Efter</button></div>`);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('loads another kommun’s relabelled principles with src', async () => {
    const el = await fixture<SamverkanPrinciples>(html`<samverkan-principles src="/examples/other-kommun/agreement.json"></samverkan-principles>`);
    await waitUntil(() => parts(el, 'label').length === 7, 'the principles did not load', { timeout: 45_000 });
    expect(parts(el, 'label').map(text)).to.include('Barnets bästa');
    expect(parts(el, 'label')[0]!.textContent).to.equal('Oberoende och självständighet');
    expect(await violations(el)).to.deep.equal([]);
  });
});
