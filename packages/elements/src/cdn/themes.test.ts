import { expect } from '@open-wc/testing';
import { MALMO_LISTING } from '../internal/malmo-listing.js';
import { openFrame, waitFor } from './pages.js';

// The demo page themed to two other house styles — a municipal red and a dark one — through custom
// properties and ::part() alone: every control of the three elements takes the theme's colours (read
// back as computed styles), the area list's filter and the form's fields look alike, and axe finds no
// contrast problem.

type Axe = { run: (context: Element, options?: object) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };

async function themedDemo(theme: string): Promise<{ doc: Document; win: Window & { axe?: Axe } }> {
  const frame = await openFrame({ src: '/examples/embed/index.html' });
  const doc = frame.contentDocument!;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/examples/embed/${theme}`;
  const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
  doc.head.append(link);
  await loaded;
  // axe in the frame, so it reads the frame's styles.
  const axe = doc.createElement('script');
  axe.src = '/packages/elements/node_modules/axe-core/axe.min.js';
  const axeLoaded = new Promise((r) => axe.addEventListener('load', r, { once: true }));
  doc.head.append(axe);
  await axeLoaded;
  await waitFor(() => (doc.querySelector('samverkan-area-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === 5, 'the areas');
  await waitFor(() => Boolean(doc.querySelector('samverkan-match-form')?.shadowRoot?.querySelector('form')), 'the form');
  return { doc, win: frame.contentWindow as Window & { axe?: Axe } };
}

const inside = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (el: Element) => getComputedStyle(el);

/** What the page's theme sets, as computed colours. */
interface Theme {
  file: string;
  text: string;
  heading: string;
  accent: string;
  link: string;
  focus: string;
  focusWidth: string;
  input: string;
  inputText: string;
  inputBorder: string;
  inputBorderWidth: string;
  button: string;
  buttonText: string;
  primary: string;
  error: string;
  gap: string;
  headingFont?: string;
}

const THEMES: Theme[] = [
  {
    file: 'theme-kommun.css',
    text: 'rgb(34, 34, 34)',
    heading: 'rgb(166, 25, 46)',
    accent: 'rgb(166, 25, 46)',
    link: 'rgb(122, 16, 32)',
    focus: 'rgb(255, 176, 0)',
    focusWidth: '4px',
    input: 'rgb(244, 244, 244)',
    inputText: 'rgb(34, 34, 34)',
    inputBorder: 'rgb(118, 118, 118)',
    inputBorderWidth: '1px',
    button: 'rgb(255, 255, 255)',
    buttonText: 'rgb(166, 25, 46)',
    primary: 'rgb(166, 25, 46)',
    error: 'rgb(107, 44, 145)',
    gap: '24px',
    headingFont: 'Georgia',
  },
  {
    file: 'theme-dark.css',
    text: 'rgb(238, 238, 238)',
    heading: 'rgb(255, 255, 255)',
    accent: 'rgb(140, 196, 255)',
    link: 'rgb(140, 196, 255)',
    focus: 'rgb(255, 209, 102)',
    focusWidth: '3px',
    input: 'rgb(42, 42, 42)',
    inputText: 'rgb(238, 238, 238)',
    inputBorder: 'rgb(158, 158, 158)',
    inputBorderWidth: '2px',
    button: 'rgb(42, 42, 42)',
    buttonText: 'rgb(238, 238, 238)',
    primary: 'rgb(140, 196, 255)',
    error: 'rgb(255, 138, 128)',
    gap: '16px',
  },
];

describe('the demo themed to another house style', () => {
  for (const theme of THEMES) {
    it(`takes ${theme.file} on every control of every element, and axe finds no contrast problem`, async function () {
      this.timeout(30000);
      const { doc, win } = await themedDemo(theme.file);
      const list = doc.querySelector('samverkan-area-list')!;
      const form = doc.querySelector('samverkan-match-form')!;
      const principles = doc.querySelector('samverkan-principles')!;

      // Text and real headings, at the level asked for.
      const listHeading = inside(list, '[part~="heading"]');
      expect(listHeading.tagName).to.equal('H2');
      expect(inside(form, '[part~="heading"]').tagName).to.equal('H2');
      expect(inside(principles, '[part~="heading"]').tagName).to.equal('H2');
      expect(inside(list, '[part~="label"]').tagName).to.equal('H3');
      for (const h of [listHeading, inside(form, '[part~="heading"]'), inside(principles, '[part~="heading"]'), inside(form, '[part~="section-heading"]')]) {
        expect(style(h).color, h.textContent!).to.equal(theme.heading);
        if (theme.headingFont) expect(style(h).fontFamily).to.contain(theme.headingFont);
      }
      expect(style(inside(list, '[part~="base"]')).color).to.equal(theme.text);

      // The list's filter and the form's drop-down and text fields look alike.
      const filter = inside(list, '[part~="select"]');
      const select = inside(form, 'select[name="legalForm"]');
      const input = inside(form, 'input[name="name"]');
      const textarea = inside(form, 'textarea[name="description"]');
      for (const control of [filter, select, input, textarea]) {
        const s = style(control);
        expect([s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth], control.outerHTML.slice(0, 60)).to.deep.equal([
          theme.input,
          theme.inputText,
          theme.inputBorder,
          theme.inputBorderWidth,
        ]);
      }
      for (const prop of ['borderTopLeftRadius', 'paddingTop', 'paddingLeft', 'fontSize'] as const) {
        expect(style(filter)[prop], prop).to.equal(style(select)[prop]);
      }

      // Checkboxes and radio buttons take the accent.
      expect(style(inside(form, 'input[type="checkbox"][name="areas"]')).accentColor).to.equal(theme.accent);
      expect(style(inside(form, 'input[type="radio"]')).accentColor).to.equal(theme.accent);
      expect(style(inside(form, 'input[name="consent"]')).accentColor).to.equal(theme.accent);

      // Links: the form's privacy link, and a collaboration's link in a list.
      expect(style(inside(form, '[part~="link"]')).color).to.equal(theme.link);
      const linked = doc.createElement('samverkan-area-list') as HTMLElement & { agreement: unknown };
      const listing = structuredClone(MALMO_LISTING);
      listing.collaborations = [
        { id: 'c', name: { sv: 'Läxhjälp' }, areas: [listing.areas[0]!.id], partners: [], districts: [], targetGroups: [], url: 'https://example.org/' },
      ];
      linked.agreement = listing;
      doc.querySelector('main')!.append(linked);
      await waitFor(() => Boolean(linked.shadowRoot?.querySelector('[part~="link"]')), 'the linked collaboration');
      expect(style(inside(linked, '[part~="link"]')).color).to.equal(theme.link);
      linked.remove();

      // Buttons: the plain ones by the tokens, the acting ones by the theme's ::part() rules. (A button's
      // colour eases in: wait for it to arrive, then compare.)
      const plain = inside(form, '[part~="matches-button"]');
      const submit = inside(form, '[part~="submit-button"]');
      const chooser = inside(list, '[part~="select-button"]');
      const settledColour = (el: Element, colour: string) => waitFor(() => style(el).backgroundColor === colour, `${el.getAttribute('part')} in ${colour}`, 3000).catch(() => undefined);
      await Promise.all([settledColour(plain, theme.button), settledColour(submit, theme.primary), settledColour(chooser, theme.primary)]);
      expect([style(plain).backgroundColor, style(plain).color]).to.deep.equal([theme.button, theme.buttonText]);
      expect(style(submit).backgroundColor).to.equal(theme.primary);
      expect(style(chooser).backgroundColor).to.equal(theme.primary);

      // Gaps between fields and between areas.
      expect(style(inside(form, 'form')).rowGap).to.equal(theme.gap);
      expect(style(inside(list, '[part~="list"]')).rowGap).to.equal(theme.gap);

      // The focus ring.
      input.focus();
      expect([style(input).outlineColor, style(input).outlineWidth]).to.deep.equal([theme.focus, theme.focusWidth]);
      input.blur();

      expect((await win.axe!.run(doc.querySelector('main')!, { runOnly: ['color-contrast'] })).violations.map((v) => v.nodes.map((n) => n.html).join(' | '))).to.deep.equal([]);

      // After a failed submit: the error colours, and still no contrast problem.
      inside(form, '[part~="submit-button"]').click();
      await waitFor(() => Boolean(form.shadowRoot!.querySelector('[part~="error-summary"]')), 'the error summary');
      expect(style(inside(form, '[part~="error-summary"]')).borderTopColor).to.equal(theme.error);
      expect(style(inside(form, '[part~="field-error"]')).color).to.equal(theme.error);
      expect(style(inside(form, 'input[aria-invalid="true"]')).borderTopColor).to.equal(theme.error);
      expect((await win.axe!.run(form, { runOnly: ['color-contrast'] })).violations.map((v) => v.nodes.map((n) => n.html).join(' | '))).to.deep.equal([]);
    });
  }
});
