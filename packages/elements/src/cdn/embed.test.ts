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

  it('has the form beside the area list, and what is sent with it lands in the receiver', async () => {
    await fetch('/__test/receiver/reset');
    sessionStorage.clear();
    const frame = document.createElement('iframe');
    frame.src = '/examples/embed/index.html';
    frame.style.width = '1200px';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('samverkan-match-form');
    const form = doc.querySelector('.columns > samverkan-match-form')!;
    expect(doc.querySelector('.columns > samverkan-area-list')).not.to.equal(null);
    // Side by side on a wide page.
    const [left, right] = [...doc.querySelectorAll('.columns > *')].map((e) => e.getBoundingClientRect());
    expect(right!.left).to.be.greaterThan(left!.right);
    // The page's own three-second guard against robots is not what this test is about.
    form.setAttribute('min-fill-seconds', '0');
    const root = form.shadowRoot!;
    const set = (selector: string, value: string | true) => {
      const input = root.querySelector<HTMLInputElement>(selector)!;
      if (value === true) input.click();
      else {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    };
    set('input[name="name"]', 'Läxhjälpen i Rosengård');
    set('input[name="areas"][value="ungas-halsa-och-livsstil"]', true);
    set('input[name="targetGroups"][value="unga"]', true);
    set('input[name="districts"][value="rosengard"]', true);
    set('input[name="seeks"][value="premises"]', true);
    set('input[name="contactName"]', 'Anna Andersson');
    set('input[name="contactEmail"]', 'anna@example.org');
    set('input[name="consent"]', true);
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    const deadline = Date.now() + 8000;
    while (Date.now() < deadline && !root.querySelector('[part~="success"]')) await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('[part~="success"]')).not.to.equal(null);
    const { submissions } = (await (await fetch('/__test/receiver/api/interests')).json()) as { submissions: { interest: { stated: { name: string } } }[] };
    expect(submissions.map((s) => s.interest.stated.name)).to.deep.equal(['Läxhjälpen i Rosengård']);
    // The demo's public candidates are matched and shown after sending.
    while (Date.now() < deadline && !root.querySelector('[part~="matches"] ol')) await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('[part~="matches"] ol li [role="heading"]')?.textContent).to.equal('Fritidsförvaltningen');
    frame.remove();
  });
});
