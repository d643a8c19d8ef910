import { expect } from '@open-wc/testing';

// examples/react, built by scripts/test.mjs before the browser tests: React 19 rendering the elements from
// the npm package, its state following their events, and their language following its own.
describe('examples/react, a React page using the elements', () => {
  it('renders the elements, hears their events, and switches their language', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/examples/react/index.html';
    frame.style.width = '1000px';
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const doc = frame.contentDocument!;
      const wait = async (ok: () => boolean, what: string) => {
        const deadline = Date.now() + 8000;
        while (!ok()) {
          if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
          await new Promise((r) => setTimeout(r, 25));
        }
      };
      await wait(() => (doc.querySelector('samverkan-area-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === 5, 'five areas');
      const list = doc.querySelector('samverkan-area-list')!.shadowRoot!;
      list.querySelectorAll<HTMLButtonElement>('[part~="select-button"]')[1]!.click();
      await wait(() => doc.getElementById('chosen')!.textContent !== '', 'React to hear the selection');
      expect(doc.getElementById('chosen')!.textContent).to.equal('Valt område: Jämlik fritid och kultur');

      const form = doc.querySelector('samverkan-match-form')!.shadowRoot!;
      const set = (selector: string, value: string | true) => {
        const input = form.querySelector<HTMLInputElement>(selector)!;
        if (value === true) input.click();
        else {
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
      };
      set('input[name="name"]', 'Läxhjälpen i Rosengård');
      set('input[name="areas"]', true);
      set('input[name="contactName"]', 'Anna Andersson');
      set('input[name="contactEmail"]', 'anna@example.org');
      set('input[name="consent"]', true);
      form.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      await wait(() => doc.getElementById('receipt')!.textContent !== '', 'React to receive the interest');
      expect(doc.getElementById('receipt')!.textContent).to.equal('Appen tog emot intresseanmälan från Läxhjälpen i Rosengård (ett område).');

      doc.querySelector<HTMLButtonElement>('main > button')!.click();
      await wait(() => list.querySelector('[part~="heading"]')!.textContent === 'Priority areas', 'the list in English');
      expect(form.querySelector('[part~="heading"]')!.textContent).to.equal('Register an interest in collaborating');
    } finally {
      frame.remove();
    }
  });
});
