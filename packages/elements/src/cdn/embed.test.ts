import { expect } from '@open-wc/testing';
import { fillAndSend, MINIMAL_INTEREST, openFrame, waitFor } from './pages.js';

describe('examples/embed, the webmaster’s page', () => {
  it('shows the five Malmö areas, the six principles and the other kommun’s three areas with one script tag', async () => {
    const frame = await openFrame({ src: '/examples/embed/index.html' });
    const doc = frame.contentDocument!;
    const count = () => [...doc.querySelectorAll('samverkan-area-list')].map((l) => l.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0);
    await waitFor(() => count().join() === '5,3', 'the areas of both lists', 10000);
    const principles = doc.querySelector('samverkan-principles')!.shadowRoot!.querySelectorAll('[part~="item"]');
    expect(principles).to.have.length(6);
    // The site's theme reaches inside: its border colour token and its ::part rule.
    const list = doc.querySelector('samverkan-area-list')!;
    const base = list.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).borderTopColor).to.equal('rgb(200, 196, 187)');
    const button = list.shadowRoot!.querySelector('[part~="select-button"]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 74, 135)');
    frame.remove();
  });

  it('has the form beside the area list, and what is sent with it lands in the receiver', async () => {
    await fetch('/__test/receiver/reset');
    sessionStorage.clear();
    const frame = await openFrame({ src: '/examples/embed/index.html' });
    const doc = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('samverkan-match-form');
    const form = doc.querySelector('.columns > samverkan-match-form')!;
    expect(doc.querySelector('.columns > samverkan-area-list')).not.to.equal(null);
    // Side by side on a wide page.
    const [left, right] = [...doc.querySelectorAll('.columns > *')].map((e) => e.getBoundingClientRect());
    expect(right!.left).to.be.greaterThan(left!.right);
    // The page's own three-second guard against robots is not what this test is about.
    form.setAttribute('min-fill-seconds', '0');
    fillAndSend(form, {
      ...MINIMAL_INTEREST,
      'input[name="targetGroups"][value="unga"]': true,
      'input[name="districts"][value="rosengard"]': true,
      'input[name="seeks"][value="premises"]': true,
    });
    const root = form.shadowRoot!;
    await waitFor(() => Boolean(root.querySelector('[part~="success"]')), 'the thank-you box');
    const { submissions } = (await (await fetch('/__test/receiver/api/interests')).json()) as { submissions: { interest: { stated: { name: string } } }[] };
    expect(submissions.map((s) => s.interest.stated.name)).to.deep.equal(['Läxhjälpen i Rosengård']);
    // The demo's public candidates are matched and shown after sending.
    await waitFor(() => Boolean(root.querySelector('[part~="matches"] ol')), 'the matches');
    expect(root.querySelector('[part~="matches"] ol li h4')?.textContent).to.equal('Fritidsförvaltningen');
    frame.remove();
  });

  // The demo switches between real agreements with ?agreement=…: each one's areas, principles and form.
  const REAL = [
    { name: 'goteborg', title: 'Överenskommelsen Göteborg', areas: 3, principles: 6 },
    { name: 'vastra-gotaland', title: 'Överenskommelsen mellan Västra Götalandsregionen och det civila samhället', areas: 3, principles: 6 },
    { name: 'uppsala', title: 'Lokal överenskommelse mellan Uppsala kommun och föreningslivet (LÖK)', areas: 0, principles: 4 },
  ];
  for (const real of REAL) {
    it(`shows ${real.name}'s real agreement in all three elements with ?agreement=${real.name}, with no "vakant"`, async function (this: Mocha.Context) {
      // Three elements load the same file one after another on a shared machine: more than the default 10 s.
      this.timeout(30000);
      const frame = await openFrame({ src: `/examples/embed/index.html?agreement=${real.name}` });
      const doc = frame.contentDocument!;
      const win = frame.contentWindow!;
      await Promise.all(['samverkan-area-list', 'samverkan-principles', 'samverkan-match-form'].map((n) => win.customElements.whenDefined(n)));
      const list = doc.querySelector('.columns > samverkan-area-list')!;
      const principles = doc.querySelector('samverkan-principles')!;
      const form = doc.querySelector('.columns > samverkan-match-form')!;
      for (const el of [list, principles, form]) expect(el.getAttribute('src')).to.equal(`/examples/${real.name}/agreement.json`);
      // The page names the agreement shown, and marks the link to it as the current one.
      await waitFor(() => doc.querySelector('h1')!.textContent === real.title, 'the heading to name the agreement');
      expect(doc.querySelector(`a[data-agreement="${real.name}"]`)!.getAttribute('aria-current')).to.equal('page');
      expect(doc.querySelector('a[data-agreement=""]')!.hasAttribute('aria-current')).to.equal(false);
      const count = (el: Element, part: string) => el.shadowRoot!.querySelectorAll(`[part~="${part}"]`).length;
      await waitFor(() => count(principles, 'item') === real.principles, `${real.principles} principles`, 10000);
      if (real.areas > 0) {
        await waitFor(() => count(list, 'item') === real.areas, `${real.areas} areas`, 10000);
        // The form offers the same areas to choose from.
        await waitFor(() => form.shadowRoot!.querySelectorAll('input[name="areas"]').length === real.areas, 'the form’s areas', 10000);
      } else {
        await waitFor(() => count(list, 'empty') === 1, 'the list’s message that there are no areas', 10000);
        await waitFor(() => Boolean(form.shadowRoot!.querySelector('input[name="name"]')), 'the form', 10000);
      }
      // An agreement without värdskap shows no hosts and nothing vacant, in any element.
      for (const el of [list, principles, form]) expect(el.shadowRoot!.textContent ?? '').not.to.match(/vakant|värdar?:/i);
      // The other kommun's list below keeps its own agreement.
      expect(doc.querySelector('main > samverkan-area-list')!.getAttribute('src')).to.equal('/examples/other-kommun/agreement.json');
      frame.remove();
    });
  }

  it('ignores an agreement it does not know: Malmöandan stays, and nothing else is requested', async () => {
    const frame = await openFrame({ src: '/examples/embed/index.html?agreement=https://example.org/evil.json' });
    const doc = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('samverkan-area-list');
    expect(doc.querySelector('.columns > samverkan-area-list')!.hasAttribute('src')).to.equal(false);
    expect(doc.querySelector('a[data-agreement=""]')!.getAttribute('aria-current')).to.equal('page');
    expect(doc.querySelector('h1')!.textContent).to.equal('Överenskommelse Malmöandan');
    const list = doc.querySelector('.columns > samverkan-area-list')!;
    await waitFor(() => (list.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === 5, 'the five Malmö areas');
    frame.remove();
  });
});
