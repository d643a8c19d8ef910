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
    expect(root.querySelector('[part~="matches"] ol li [role="heading"]')?.textContent).to.equal('Fritidsförvaltningen');
    frame.remove();
  });
});
