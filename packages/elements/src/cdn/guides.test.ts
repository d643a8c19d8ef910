import { expect } from '@open-wc/testing';
import { fillAndSend, MINIMAL_INTEREST, openFrame, waitFor } from './pages.js';

// Every ```html example in the webmaster guides is rendered with the built bundles, the guides' example
// paths mapped to this repository's files, so the guides cannot rot.
const GUIDES = ['/docs/guides/webbredaktor.md', '/docs/guides/webmaster.md'];
const PATHS: [string, string][] = [
  ['/assets/samverkan/cdn/', '/packages/elements/cdn/'],
  ['/data/agreement.json', '/examples/other-kommun/agreement.json'],
  ['/data/intressen-offentliga.json', '/examples/embed/candidates.json'],
  ['/data/public-interests.json', '/examples/embed/candidates.json'],
];

async function render(html: string): Promise<Document> {
  let source = html;
  for (const [from, to] of PATHS) source = source.split(from).join(to);
  const frame = await openFrame({ srcdoc: `<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>${source}</body></html>` }, '1000px');
  return frame.contentDocument!;
}

async function settled(doc: Document): Promise<Element[]> {
  const elements = [...doc.querySelectorAll('samverkan-area-list, samverkan-principles, samverkan-match-form')];
  const deadline = Date.now() + 45_000;
  const done = () => elements.every((el) => el.shadowRoot?.querySelector('[part~="item"], [part~="error-message"], [part~="empty"], form'));
  while (Date.now() < deadline && !done()) await new Promise((r) => setTimeout(r, 50));
  return elements;
}

describe('the webmaster guides’ examples', () => {
  for (const guide of GUIDES) {
    it(`render, each without an error, in ${guide}`, async () => {
      const text = await (await fetch(guide)).text();
      const blocks = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);
      expect(blocks.length).to.be.greaterThan(3);
      for (const [i, block] of blocks.entries()) {
        const doc = await render(block);
        const elements = await settled(doc);
        expect(elements.length, `example ${i + 1}`).to.be.greaterThan(0);
        for (const el of elements) {
          expect(el.shadowRoot!.querySelector('[part~="error-message"]'), `example ${i + 1}: ${el.tagName}`).to.equal(null);
          // A listing shows its items; the form asks for the areas.
          const shown = el.shadowRoot!.querySelectorAll('[part~="item"], input[name="areas"]');
          expect(shown.length, `example ${i + 1}: ${el.tagName}`).to.be.greaterThan(0);
        }
      }
    });
  }

  it('run their event example: selecting an area writes the sentence', async () => {
    const text = await (await fetch('/docs/guides/webbredaktor.md')).text();
    const block = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('samverkan-area-select'))!;
    const doc = await render(block);
    const [list] = await settled(doc);
    (list!.shadowRoot!.querySelectorAll('[part~="select-button"]')[1] as HTMLButtonElement).click();
    expect(doc.getElementById('vald')!.textContent).to.equal('Du valde Jämlik fritid och kultur.');
  });

  for (const [guide, receipt, expected] of [
    ['/docs/guides/webbredaktor.md', 'kvitto', 'Tack, Läxhjälpen!'],
    ['/docs/guides/webmaster.md', 'receipt', 'Thank you, Läxhjälpen!'],
  ] as const) {
    it(`run the form's submit-event example in ${guide}: the page receives the checked interest`, async () => {
      const text = await (await fetch(guide)).text();
      const block = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('samverkan-submit'))!;
      const doc = await render(block);
      const [form] = await settled(doc);
      fillAndSend(form!, { ...MINIMAL_INTEREST, 'input[name="name"]': 'Läxhjälpen' });
      await waitFor(() => Boolean(doc.getElementById(receipt)!.textContent), 'the receipt');
      expect(doc.getElementById(receipt)!.textContent).to.equal(expected);
    });
  }
});
