import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../define/area-list.js';
import '../../define/match-form.js';
import type { SamverkanSubmitEvent, SamverkanSubmittedEvent } from '../../events.js';
import type { SamverkanMatchForm } from './match-form.js';

declare const axe: { run: (el: Element) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const RECEIVER = '/__test/receiver/api/interests';
const root = (el: SamverkanMatchForm) => el.shadowRoot!;
const part = (el: SamverkanMatchForm, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const control = (el: SamverkanMatchForm, name: string, value?: string) =>
  root(el).querySelector<HTMLInputElement>(`[name="${name}"]${value ? `[value="${value}"]` : ''}`)!;
const status = (el: SamverkanMatchForm) => text(root(el).querySelector('[role="status"]'));

/** The element focused inside the form's shadow root. */
const focused = (el: SamverkanMatchForm) => root(el).activeElement as HTMLElement | null;

/** The accessible description of a control: the text of the elements its aria-describedby names. */
function description(el: SamverkanMatchForm, target: Element): string {
  const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(root(el).getElementById(id))).join(' ');
}

/** The accessible name of a control from its label (the labels live in the same shadow root). */
const labelOf = (input: HTMLInputElement | HTMLSelectElement) => text(input.labels?.[0]);

async function resetReceiver(query = ''): Promise<void> {
  await fetch(`/__test/receiver/reset${query}`);
}

async function stored(): Promise<{ key: string; interest: Record<string, unknown> }[]> {
  const response = await fetch(RECEIVER);
  return ((await response.json()) as { submissions: { key: string; interest: Record<string, unknown> }[] }).submissions;
}

/** Sets a field as a user's typing or ticking would, with the events the form listens to. */
async function set(el: SamverkanMatchForm, name: string, value: string | boolean, option?: string): Promise<void> {
  const input = control(el, name, option);
  if (typeof value === 'boolean') {
    if (input.checked !== value) input.click();
  } else {
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

/** A complete, valid interest from Läxhjälpen i Rosengård. */
async function fillValid(el: SamverkanMatchForm): Promise<void> {
  await set(el, 'name', 'Läxhjälpen i Rosengård');
  await set(el, 'legalForm', 'non-profit-association');
  await set(el, 'areas', true, 'ungas-halsa-och-livsstil');
  await set(el, 'targetGroups', true, 'unga');
  await set(el, 'ageMin', '13');
  await set(el, 'ageMax', '19');
  await set(el, 'districts', true, 'rosengard');
  await set(el, 'offers', true, 'volunteers');
  await set(el, 'seeks', true, 'premises');
  await set(el, 'contactName', 'Anna Andersson');
  await set(el, 'contactEmail', 'anna@example.org');
  await set(el, 'consent', true);
}

async function submit(el: SamverkanMatchForm): Promise<void> {
  part(el, 'submit-button')!.click();
  // Let the lazy checks load and the submission start.
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

async function newForm(attributes = 'action="/__test/receiver/api/interests" min-fill-seconds="0"'): Promise<SamverkanMatchForm> {
  sessionStorage.clear();
  const wrapper = await fixture<HTMLElement>(`<div><samverkan-match-form ${attributes}></samverkan-match-form></div>`);
  return wrapper.querySelector('samverkan-match-form')!;
}

// Conditions are awaited, with deadlines far above any wait on a busy machine: a slow run passes, a wrong one fails.
const until = (predicate: () => boolean, message: string, timeout = 45_000) => waitUntil(predicate, message, { timeout, interval: 25 });

describe('<samverkan-match-form>', () => {
  // The form's checks are a chunk of their own, fetched when the user first reaches into the form. The
  // dev server compiles it (and core) on first request, which on a loaded machine can outlast a test's
  // wait: compile it once here, without a clock on it, so each test times only the form.
  before(async function () {
    this.timeout(120000);
    await import('./check.js');
  });

  beforeEach(async () => {
    await executeServerCommand('set-offline', { offline: false });
    await resetReceiver();
  });

  describe('the fields', () => {
    it('asks for the areas, target groups and districts of Malmöandan, each with an accessible name', async () => {
      const el = await newForm();
      const areas = [...root(el).querySelectorAll<HTMLInputElement>('input[name="areas"]')];
      expect(areas.map(labelOf)).to.deep.equal([
        'Ungas hälsa och livsstil',
        'Jämlik fritid och kultur',
        'Stadsliv, allmänna platser och lokaler',
        'Delaktighet, trygghet, demokrati',
        'Nya vägar till arbete och aktivitet',
      ]);
      expect(text(root(el).querySelector('#areas legend'))).to.equal('Områden ni vill arbeta med');
      expect(labelOf(control(el, 'districts', 'rosengard'))).to.equal('Rosengård');
      expect(labelOf(control(el, 'offers', 'premises'))).to.equal('Lokaler');
      expect(labelOf(control(el, 'contactEmail'))).to.equal('E-post');
      expect(labelOf(control(el, 'organisationNumber'))).to.equal('Organisationsnummer (valfritt)');
      expect(description(el, control(el, 'organisationNumber'))).to.contain('Tio siffror');
      expect(control(el, 'contactEmail').autocomplete).to.equal('email');
    });

    it('asks a department which one it is, from the agreement’s departments', async () => {
      const el = await newForm();
      await set(el, 'kind', true, 'department');
      expect(control(el, 'name')).to.equal(null);
      const select = root(el).querySelector<HTMLSelectElement>('select[name="department"]')!;
      expect(labelOf(select)).to.equal('Förvaltning');
      expect([...select.options].map((o) => o.textContent!.trim())).to.include('Fritidsförvaltningen');
    });

    it('says what happens to the data: consent, the privacy notice and that it becomes a public document', async () => {
      const el = await newForm('privacy-href="https://malmo.example/personuppgifter"');
      const notice = text(part(el, 'notice'));
      expect(notice).to.contain('allmän handling');
      expect(root(el).querySelector<HTMLAnchorElement>('[part~="notice"] a')!.href).to.equal('https://malmo.example/personuppgifter');
      expect(labelOf(control(el, 'consent'))).to.contain('Jag godkänner att uppgifterna behandlas');
    });

    it('drops a privacy link that is not http(s)', async () => {
      const el = await newForm('privacy-href="javascript:alert(1)"');
      expect(root(el).querySelector('[part~="notice"] a')).to.equal(null);
    });

    it('warns the developer once when there is no privacy link to show, and not when there is one', async () => {
      const warned: string[] = [];
      const real = console.warn;
      console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
      try {
        const without = await newForm('id="anmalan"');
        without.heading = 'Ny rubrik';
        await without.updateComplete;
        expect(warned.filter((w) => w.includes('privacy-href'))).to.have.length(1);
        expect(warned[0]).to.contain('<samverkan-match-form id="anmalan">');
        warned.length = 0;
        const withLink = await newForm('privacy-href="/personuppgifter"');
        await withLink.updateComplete;
        expect(warned.filter((w) => w.includes('privacy-href'))).to.deep.equal([]);
      } finally {
        console.warn = real;
      }
    });

    it('is pristine at first: no error shown, nothing marked invalid, zero axe violations', async () => {
      const el = await newForm();
      expect(part(el, 'error-summary')).to.equal(null);
      expect(root(el).querySelectorAll('[part~="field-error"]').length).to.equal(0);
      expect(root(el).querySelectorAll('[aria-invalid="true"]').length).to.equal(0);
      expect(await violations(el)).to.deep.equal([]);
    });

    it('shows a field’s error only once the user has left it with a value, as its accessible description', async () => {
      const el = await newForm();
      await set(el, 'contactEmail', 'anna@');
      await until(() => Boolean(root(el).querySelector('#contactEmail-error')), 'the e-mail error shown');
      const email = control(el, 'contactEmail');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, email)).to.equal('Fel: Skriv e-postadressen i rätt format, till exempel namn@exempel.se');
      // The fields not yet touched show nothing.
      expect(root(el).querySelectorAll('[part~="field-error"]').length).to.equal(1);
      await set(el, 'contactEmail', 'anna@example.org');
      await until(() => !root(el).querySelector('#contactEmail-error'), 'the error cleared once corrected');
    });

    it('moves nothing under the pointer when leaving a field shows its message: the click lands where it was aimed', async () => {
      const el = await newForm();
      const number = control(el, 'organisationNumber');
      number.focus();
      number.value = '123';
      number.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      // Load the checks first, as a user's first keystroke does, so the message could show at once.
      await until(() => Boolean(root(el).querySelector('#organisationNumber-hint')), 'the field');
      const box = control(el, 'areas', 'jamlik-fritid-och-kultur');
      box.scrollIntoView({ block: 'center' });
      const at = (e: Element) => e.getBoundingClientRect();
      const before = at(box);
      const x = Math.round(before.left + before.width / 2);
      const y = Math.round(before.top + before.height / 2);
      // A real press on the checkbox below: it takes focus from the field, whose message is due.
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      // Between press and release nothing has moved, and no message has appeared.
      expect(at(box).top).to.equal(before.top);
      expect(root(el).querySelector('#organisationNumber-error')).to.equal(null);
      await sendMouse({ type: 'up' });
      // The click landed on the box it was aimed at.
      await until(() => box.checked, 'the checkbox ticked by the click');
      // Then the field's message shows.
      await until(() => Boolean(root(el).querySelector('#organisationNumber-error')), 'the message after the click');
      expect(control(el, 'organisationNumber').getAttribute('aria-invalid')).to.equal('true');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('checks an organisationsnummer as core does: the check digit, and never a personnummer', async () => {
      const el = await newForm();
      await set(el, 'organisationNumber', '212000-1125');
      await until(() => Boolean(root(el).querySelector('#organisationNumber-error')), 'checksum error');
      expect(text(root(el).querySelector('#organisationNumber-error'))).to.contain('den sista siffran stämmer inte');
      await set(el, 'organisationNumber', '900101-2385');
      await until(() => text(root(el).querySelector('#organisationNumber-error')).includes('personnummer'), 'personnummer error');
      await set(el, 'organisationNumber', '212000-1124');
      await until(() => !root(el).querySelector('#organisationNumber-error'), 'a valid number passes');
    });
  });

  describe('a failed submit', () => {
    it('shows the GOV.UK error summary, focused, with links worded as the messages beside the fields', async () => {
      const el = await newForm();
      await submit(el);
      await until(() => Boolean(part(el, 'error-summary')), 'the error summary');
      await el.updateComplete;
      const summary = part(el, 'error-summary')!;
      expect(focused(el)).to.equal(summary);
      expect(text(summary.querySelector('h3'))).to.equal('Det finns ett problem');
      const links = [...summary.querySelectorAll('a')].map(text);
      expect(links).to.deep.equal([
        'Skriv organisationens namn',
        'Välj minst ett område ni vill arbeta med',
        'Skriv kontaktpersonens namn',
        'Skriv kontaktpersonens e-postadress',
        'Godkänn att uppgifterna behandlas, annars kan intresseanmälan inte skickas',
      ]);
      // Each link's words are the field's message, and the message is the field's description.
      for (const [field, id] of [
        ['name', 'name'],
        ['contactEmail', 'contactEmail'],
        ['consent', 'consent'],
      ] as const) {
        expect(description(el, control(el, field))).to.contain(text(root(el).getElementById(`${id}-error`)).replace(/^Fel: /, ''));
      }
      expect(description(el, root(el).querySelector('#areas')!)).to.contain('Välj minst ett område');
      expect(await violations(el)).to.deep.equal([]);
      expect(await stored()).to.deep.equal([]);
    });

    it('moves focus to the field when its link is followed, across the shadow root', async () => {
      const el = await newForm();
      await submit(el);
      await until(() => Boolean(part(el, 'error-summary')), 'the error summary');
      const link = (words: string) => [...part(el, 'error-summary')!.querySelectorAll('a')].find((a) => text(a).startsWith(words))!;
      link('Skriv kontaktpersonens e-post').click();
      expect(focused(el)).to.equal(control(el, 'contactEmail'));
      link('Välj minst ett område').click();
      expect(focused(el)).to.equal(control(el, 'areas', 'ungas-halsa-och-livsstil'));
      // By keyboard too: Enter on a focused link.
      link('Skriv organisationens namn').focus();
      await sendKeys({ press: 'Enter' });
      expect(focused(el)).to.equal(control(el, 'name'));
    });

    it('speaks English with lang="en"', async () => {
      const el = await newForm('lang="en" min-fill-seconds="0"');
      await submit(el);
      await until(() => Boolean(part(el, 'error-summary')), 'the error summary');
      expect(text(part(el, 'error-summary')!.querySelector('h3'))).to.equal('There is a problem');
      expect(text(part(el, 'error-summary')!.querySelector('a'))).to.equal('Enter the name of the organisation');
    });
  });

  describe('sending', () => {
    it('can be completed and sent by keyboard alone', async () => {
      const el = await newForm();
      /** Presses Tab until the focused control matches, as a keyboard user moves through the form. */
      const tabTo = async (match: (e: HTMLElement) => boolean, what: string) => {
        for (let i = 0; i < 80; i++) {
          const now = focused(el);
          if (now && match(now)) return;
          await sendKeys({ press: 'Tab' });
        }
        throw new Error(`Tab never reached ${what}`);
      };
      const named = (name: string, value?: string) => (e: HTMLElement) =>
        e.getAttribute('name') === name && (value === undefined || (e as HTMLInputElement).value === value);
      // Start in front of the form.
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await tabTo(named('name'), 'the name');
      await sendKeys({ type: 'Läxhjälpen i Rosengård' });
      await tabTo(named('areas', 'ungas-halsa-och-livsstil'), 'the first area');
      await sendKeys({ press: 'Space' });
      await tabTo(named('contactName'), 'the contact name');
      await sendKeys({ type: 'Anna Andersson' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'anna@example.org' });
      await tabTo(named('consent'), 'the consent');
      await sendKeys({ press: 'Space' });
      await tabTo((e) => e.part.contains('submit-button'), 'the submit button');
      await sendKeys({ press: 'Enter' });
      await until(() => Boolean(part(el, 'success')), 'the thank-you box');
      await el.updateComplete;
      expect(focused(el)).to.equal(part(el, 'success'));
      // The thank-you is said once: by the focused success box, named by its heading; the live region
      // does not repeat it.
      expect(text(part(el, 'success')!.querySelector('#success-heading'))).to.equal('Tack! Intresseanmälan är skickad.');
      expect(status(el)).to.equal('');
      expect(text(root(el).querySelector('[part~="base"]')).split('Tack! Intresseanmälan är skickad.').length - 1).to.equal(1);
      const [record, ...rest] = await stored();
      expect(rest).to.deep.equal([]);
      expect(record!.interest).to.deep.include({
        stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård' },
        areas: ['ungas-halsa-och-livsstil'],
        consent: { matching: true, listing: false },
        contact: { name: 'Anna Andersson', email: 'anna@example.org' },
      });
      expect(record!.interest.id).to.match(/^laxhjalpen-i-rosengard-[0-9a-f]{8}$/);
      expect(await violations(el)).to.deep.equal([]);
    });

    it('fires a cancelable samverkan-submit with the interest; cancelled, nothing is sent', async () => {
      const el = await newForm();
      await fillValid(el);
      el.addEventListener('samverkan-submit', (e) => e.preventDefault(), { once: true });
      const event = oneEvent(el, 'samverkan-submit') as Promise<SamverkanSubmitEvent>;
      await submit(el);
      const { interest } = await event;
      expect(interest.contact.email).to.equal('anna@example.org');
      expect(interest.ages).to.deep.equal({ min: 13, max: 19 });
      await new Promise((r) => setTimeout(r, 200));
      expect(await stored()).to.deep.equal([]);
      expect(part(el, 'success')).to.equal(null);
    });

    it('retries a 503 with the same Idempotency-Key: the receiver stores exactly one', async () => {
      await resetReceiver('?failFirst=1');
      const el = await newForm();
      await fillValid(el);
      const done = oneEvent(el, 'samverkan-submitted') as Promise<SamverkanSubmittedEvent>;
      await submit(el);
      const submitted = await done;
      expect(submitted.status).to.equal(201);
      const records = await stored();
      expect(records.length).to.equal(1);
      expect(records[0]!.key).to.match(/^[0-9a-f]{32}$/);
    });

    it('sends once however often the button is pressed', async () => {
      await resetReceiver('?delay=300');
      const el = await newForm();
      await fillValid(el);
      const posts: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (init?.method === 'POST') posts.push(String(input));
        return realFetch(input, init);
      };
      try {
        const button = part(el, 'submit-button')!;
        button.click();
        button.click();
        await new Promise((r) => setTimeout(r, 30));
        button.click();
        await until(() => Boolean(part(el, 'success')), 'sent');
      } finally {
        window.fetch = realFetch;
      }
      expect(posts.length).to.equal(1);
      expect((await stored()).length).to.equal(1);
    });

    it('says it is sending while it sends, and is accessible in that state and after success', async () => {
      await resetReceiver('?delay=1500');
      const el = await newForm();
      await fillValid(el);
      await submit(el);
      await until(() => status(el) === 'Skickar intresseanmälan …', 'the sending announcement');
      expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(await violations(el)).to.deep.equal([]);
      await until(() => Boolean(part(el, 'success')), 'sent');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('tells the user when the receiver stays unavailable, keeps the draft, and is accessible then', async () => {
      await resetReceiver('?failFirst=10');
      const el = await newForm();
      await fillValid(el);
      await submit(el);
      await until(() => Boolean(part(el, 'failure')), 'the failure message');
      expect(text(part(el, 'failure'))).to.contain('Era uppgifter finns kvar i formuläret');
      expect(part(el, 'failure')!.getAttribute('role')).to.equal('alert');
      expect(control(el, 'name').value).to.equal('Läxhjälpen i Rosengård');
      expect(await violations(el)).to.deep.equal([]);
      expect(await stored()).to.deep.equal([]);
    });

    it('offline, keeps the draft and says so; back online, the same submission is stored once', async () => {
      const el = await newForm();
      await fillValid(el);
      await executeServerCommand('set-offline', { offline: true });
      await submit(el);
      await until(() => Boolean(part(el, 'failure')), 'the offline message');
      expect(text(part(el, 'failure'))).to.contain('servern gick inte att nå');
      const draft = Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)!).join();
      expect(draft).to.contain('Läxhjälpen i Rosengård');
      await executeServerCommand('set-offline', { offline: false });
      await submit(el);
      await until(() => Boolean(part(el, 'success')), 'sent once back online');
      expect((await stored()).length).to.equal(1);
    });

    it('treats a filled honeypot or a form sent too fast as a robot: nothing is stored', async () => {
      const robot = await newForm();
      await fillValid(robot);
      root(robot).querySelector<HTMLInputElement>('input[name="homepage"]')!.value = 'https://spam.example';
      await submit(robot);
      await until(() => Boolean(part(robot, 'success')), 'the robot is told it succeeded');
      const hasty = await newForm('action="/__test/receiver/api/interests" min-fill-seconds="60"');
      await fillValid(hasty);
      await submit(hasty);
      await until(() => Boolean(part(hasty, 'failure')), 'the too-fast message');
      expect(text(part(hasty, 'failure'))).to.contain('ovanligt snabbt');
      expect(await stored()).to.deep.equal([]);
    });
  });

  describe('beside an area list', () => {
    async function page(formAttributes = '', listAttributes = ''): Promise<{ list: HTMLElement; el: SamverkanMatchForm }> {
      sessionStorage.clear();
      const wrapper = await fixture<HTMLElement>(
        `<div><samverkan-area-list ${listAttributes}></samverkan-area-list><samverkan-match-form min-fill-seconds="0" ${formAttributes}></samverkan-match-form></div>`,
      );
      return { list: wrapper.querySelector('samverkan-area-list')!, el: wrapper.querySelector('samverkan-match-form')! };
    }
    const choose = (list: HTMLElement, name: string) =>
      [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="select-button"]')].find((b) => text(b) === `Välj ${name}`)!.click();

    it('ticks the area chosen in the list, says so politely, and keeps it in the draft', async () => {
      const { list, el } = await page();
      choose(list, 'Ungas hälsa och livsstil');
      await el.updateComplete;
      expect(control(el, 'areas', 'ungas-halsa-och-livsstil').checked).to.equal(true);
      expect(status(el)).to.equal('Ungas hälsa och livsstil är valt i intresseanmälan.');
      // A second choice adds to the first; choosing one already ticked leaves it ticked.
      choose(list, 'Jämlik fritid och kultur');
      choose(list, 'Ungas hälsa och livsstil');
      await el.updateComplete;
      const ticked = [...root(el).querySelectorAll<HTMLInputElement>('input[name="areas"]')].filter((i) => i.checked).map((i) => i.value);
      expect(ticked).to.deep.equal(['ungas-halsa-och-livsstil', 'jamlik-fritid-och-kultur']);
      expect(sessionStorage.getItem(`samverkan-match-form:${location.pathname}#`)).to.contain('jamlik-fritid-och-kultur');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('is left alone with ignore-area-select, and by a list of another agreement', async () => {
      const { list, el } = await page('ignore-area-select');
      choose(list, 'Ungas hälsa och livsstil');
      await el.updateComplete;
      expect(control(el, 'areas', 'ungas-halsa-och-livsstil').checked).to.equal(false);
      expect(status(el)).to.equal('');

      const other = await page('', 'src="/examples/other-kommun/agreement.json"');
      await waitUntil(() => other.list.shadowRoot!.querySelectorAll('[part~="select-button"]').length === 3, 'the other list', { timeout: 10000 });
      other.list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="select-button"]')!.click();
      await other.el.updateComplete;
      expect([...root(other.el).querySelectorAll<HTMLInputElement>('input[name="areas"]')].some((i) => i.checked)).to.equal(false);
    });
  });

  describe('the draft', () => {
    it('survives a reload of the page, is cleared after sending, and nothing is written to localStorage', async () => {
      sessionStorage.clear();
      localStorage.clear();
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const load = async () => {
        await new Promise((r) => frame.addEventListener('load', r, { once: true }));
        const win = frame.contentWindow!;
        await win.customElements.whenDefined('samverkan-match-form');
        const el = win.document.querySelector('samverkan-match-form') as SamverkanMatchForm;
        await el.updateComplete;
        return el;
      };
      try {
        let loaded = load();
        frame.src = '/packages/elements/test/form/page.html';
        let el = await loaded;
        await fillValid(el);
        expect(frame.contentWindow!.localStorage.length).to.equal(0);
        loaded = load();
        frame.contentWindow!.location.reload();
        el = await loaded;
        expect(control(el, 'name').value).to.equal('Läxhjälpen i Rosengård');
        expect(control(el, 'areas', 'ungas-halsa-och-livsstil').checked).to.equal(true);
        expect(control(el, 'contactEmail').value).to.equal('anna@example.org');
        expect(text(root(el).querySelector('.restored'))).to.contain('Vi har fyllt i det du skrev tidigare');
        await submit(el);
        await until(() => Boolean(part(el, 'success')), 'sent');
        loaded = load();
        frame.contentWindow!.location.reload();
        el = await loaded;
        expect(control(el, 'name').value).to.equal('');
        expect(frame.contentWindow!.localStorage.length).to.equal(0);
        expect((await stored()).length).to.equal(1);
      } finally {
        frame.remove();
      }
    });
  });

  describe('matches', () => {
    it('after sending, shows the best matches from candidates-src with why, and never a contact detail', async () => {
      const el = await newForm('action="/__test/receiver/api/interests" min-fill-seconds="0" candidates-src="/packages/elements/test/fixtures/candidates.json"');
      await fillValid(el);
      await submit(el);
      await until(() => Boolean(part(el, 'matches')?.querySelector('ol')), 'the matches');
      const matches = part(el, 'matches')!;
      const names = [...matches.querySelectorAll('ol > li > h4')].map(text);
      // The department that does not consent to matching, and the broken entry, are left out.
      expect(names).to.deep.equal(['Fritidsförvaltningen']);
      expect(text(matches)).to.contain('Båda arbetar med unga 13–19 i Rosengård.');
      expect(text(matches)).to.contain('Fritidsförvaltningen erbjuder lokaler, som ni söker.');
      expect(root(el).innerHTML).not.to.contain('contact.invalid');
      expect(root(el).innerHTML).not.to.contain('040-34 10 00');
      expect(status(el)).to.equal('Ett förslag hittades.');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('shows matches on request, before the contact details are filled in', async () => {
      const el = await newForm('candidates-src="/packages/elements/test/fixtures/candidates.json"');
      await set(el, 'name', 'Kulturföreningen');
      await set(el, 'areas', true, 'jamlik-fritid-och-kultur');
      await set(el, 'districts', true, 'lindangen');
      part(el, 'matches-button')!.click();
      await until(() => Boolean(part(el, 'matches')?.querySelector('ol')), 'the matches');
      const names = [...part(el, 'matches')!.querySelectorAll('ol > li > h4')].map(text);
      expect(names[0]).to.equal('Kulturförvaltningen');
      expect(await stored()).to.deep.equal([]);
    });
  });

  it('would see a violation: an unlabelled field in the form is reported by axe (negative control)', async () => {
    const el = await newForm();
    const stray = document.createElement('input');
    root(el).querySelector('form')!.append(stray);
    expect((await violations(el)).join(' ')).to.contain('label');
  });
});
