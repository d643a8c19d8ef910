import { expect } from '@open-wc/testing';
import { fillAndSend, MINIMAL_INTEREST, openFrame, waitFor } from './pages.js';

// examples/react, built by scripts/test.mjs before the browser tests: React 19 rendering the elements from
// the npm package, its state following their events, and their language following its own.
describe('examples/react, a React page using the elements', () => {
  it('renders the elements, hears their events, and switches their language', async () => {
    const frame = await openFrame({ src: '/examples/react/index.html' });
    try {
      const doc = frame.contentDocument!;
      await waitFor(() => (doc.querySelector('samverkan-area-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === 5, 'five areas');
      const list = doc.querySelector('samverkan-area-list')!.shadowRoot!;
      list.querySelectorAll<HTMLButtonElement>('[part~="select-button"]')[1]!.click();
      await waitFor(() => doc.getElementById('chosen')!.textContent !== '', 'React to hear the selection');
      expect(doc.getElementById('chosen')!.textContent).to.equal('Valt område: Jämlik fritid och kultur');

      // The area chosen in the list is ticked in the form beside it; the user ticks one more.
      const form = doc.querySelector('samverkan-match-form')!;
      await waitFor(() => form.shadowRoot!.querySelector<HTMLInputElement>('input[name="areas"][value="jamlik-fritid-och-kultur"]')!.checked, 'the chosen area ticked in the form');
      fillAndSend(form, MINIMAL_INTEREST);
      await waitFor(() => doc.getElementById('receipt')!.textContent !== '', 'React to receive the interest');
      expect(doc.getElementById('receipt')!.textContent).to.equal('Appen tog emot intresseanmälan från Läxhjälpen i Rosengård (2 områden).');

      doc.querySelector<HTMLButtonElement>('main > button')!.click();
      await waitFor(() => list.querySelector('[part~="heading"]')!.textContent === 'Priority areas', 'the list in English');
      expect(form.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Register an interest in collaborating');
    } finally {
      frame.remove();
    }
  });
});
