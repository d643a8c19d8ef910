import { expect } from '@open-wc/testing';
import { fillAndSend, MINIMAL_INTEREST, openFrame, waitFor } from './pages.js';

// Every ```html example in the webmaster guides runs exactly as written, on a page the test server sends
// with the Content-Security-Policy the guide recommends (web-test-runner.config.mjs): the guide's own
// script and style files at their addresses, the bundles at /assets/samverkan/cdn/. No example may cause a
// policy violation, so the guides cannot tell a webmaster to do what their own policy forbids.
const GUIDES = ['webbredaktor.md', 'webmaster.md'];

type Page = { doc: Document; violations: () => string[] };

async function open(guide: string, example: number | 'control'): Promise<Page> {
  const frame = await openFrame({ src: `/__test/guides/${guide}/${example}` }, '1000px');
  const win = frame.contentWindow as Window & { __violations?: string[] };
  return { doc: frame.contentDocument!, violations: () => win.__violations ?? ['the probe did not run'] };
}

async function blocks(guide: string): Promise<string[]> {
  const text = await (await fetch(`/docs/guides/${guide}`)).text();
  return [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

async function settled(doc: Document): Promise<Element[]> {
  const elements = [...doc.querySelectorAll('samverkan-area-list, samverkan-principles, samverkan-match-form')];
  const done = () => elements.every((el) => el.shadowRoot?.querySelector('[part~="item"], [part~="error-message"], [part~="empty"], form'));
  await waitFor(done, 'the elements to render', 45_000);
  return elements;
}

describe('the webmaster guides’ examples, under the guides’ own Content-Security-Policy', () => {
  for (const guide of GUIDES) {
    it(`render, each without an error and without a policy violation, in ${guide}`, async function () {
      this.timeout(300_000);
      const count = (await blocks(guide)).length;
      expect(count).to.be.greaterThan(4);
      for (let i = 0; i < count; i++) {
        const { doc, violations } = await open(guide, i);
        const elements = await settled(doc);
        expect(elements.length, `example ${i + 1}`).to.be.greaterThan(0);
        for (const el of elements) {
          expect(el.shadowRoot!.querySelector('[part~="error-message"]'), `example ${i + 1}: ${el.tagName}`).to.equal(null);
          // A listing shows its items; the form asks for the areas.
          const shown = el.shadowRoot!.querySelectorAll('[part~="item"], input[name="areas"]');
          expect(shown.length, `example ${i + 1}: ${el.tagName}`).to.be.greaterThan(0);
        }
        expect(violations(), `example ${i + 1}`).to.deep.equal([]);
      }
    });

    it(`would see a violation: an inline style on a page served as ${guide}'s are is reported (negative control)`, async () => {
      const { violations } = await open(guide, 'control');
      await waitFor(() => violations().length > 0, 'the violation');
      expect(violations().join(' ')).to.contain('style-src');
    });
  }

  it('applies the theme example’s stylesheet: its colours reach inside the list', async () => {
    const i = (await blocks('webmaster.md')).findIndex((b) => b.includes('samverkan-theme.css'));
    const { doc } = await open('webmaster.md', i);
    const [list] = await settled(doc);
    const button = list!.shadowRoot!.querySelector('[part~="select-button"]')!;
    await Promise.all(button.getAnimations().map((a) => a.finished));
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 74, 135)');
    expect(getComputedStyle(list!.shadowRoot!.querySelector('[part~="base"]')!).borderTopColor).to.equal('rgb(200, 196, 187)');
  });

  for (const [guide, id, expected] of [
    ['webbredaktor.md', 'vald', 'Du valde Jämlik fritid och kultur.'],
    ['webmaster.md', 'chosen', 'You chose Equal leisure and culture.'],
  ] as const) {
    it(`run the event example of ${guide}: selecting an area writes the sentence`, async () => {
      const i = (await blocks(guide)).findIndex((b) => b.includes(`id="${id}"`));
      const { doc, violations } = await open(guide, i);
      const [list] = await settled(doc);
      // The page's own script is a module: wait until it has run (the sentence is empty until a choice).
      await waitFor(() => doc.readyState === 'complete', 'the page to load');
      (list!.shadowRoot!.querySelectorAll('[part~="select-button"]')[1] as HTMLButtonElement).click();
      await waitFor(() => doc.getElementById(id)!.textContent !== '', 'the sentence');
      expect(doc.getElementById(id)!.textContent).to.equal(expected);
      expect(violations()).to.deep.equal([]);
    });
  }

  for (const [guide, receipt, expected] of [
    ['webbredaktor.md', 'kvitto', 'Tack, Läxhjälpen!'],
    ['webmaster.md', 'receipt', 'Thank you, Läxhjälpen!'],
  ] as const) {
    it(`run the form's submit-event example in ${guide}: the page receives the checked interest`, async () => {
      const i = (await blocks(guide)).findIndex((b) => b.includes(`id="${receipt}"`));
      const { doc, violations } = await open(guide, i);
      const [form] = await settled(doc);
      await waitFor(() => doc.readyState === 'complete', 'the page to load');
      fillAndSend(form!, { ...MINIMAL_INTEREST, 'input[name="name"]': 'Läxhjälpen' });
      await waitFor(() => Boolean(doc.getElementById(receipt)!.textContent), 'the receipt');
      expect(doc.getElementById(receipt)!.textContent).to.equal(expected);
      expect(violations()).to.deep.equal([]);
    });
  }
});
