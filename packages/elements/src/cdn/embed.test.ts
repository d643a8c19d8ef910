import { expect } from '@open-wc/testing';

describe('examples/embed, the webmaster’s page', () => {
  it('shows the five Malmö areas, the six principles and the other kommun’s three areas with one script tag', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/examples/embed/index.html';
    frame.style.width = '1200px';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const count = () => [...doc.querySelectorAll('samverkan-area-list')].map((l) => l.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0);
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline && count().join() !== '5,3') await new Promise((r) => setTimeout(r, 50));
    expect(count()).to.deep.equal([5, 3]);
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
});
