import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { validateAgreement, type Issue } from '@samverkan/core';
import { editor as en } from '@samverkan/core/locales/en/editor';
import { ui as enUi } from '@samverkan/core/locales/en/ui';
import { editor as sv } from '@samverkan/core/locales/sv/editor';
import { malmo } from '@samverkan/core/presets/malmo';
import '../../define/agreement-editor.js';
import type { SamverkanSaveEvent } from '../../events.js';
import type { SamverkanAgreementEditor } from './agreement-editor.js';

interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run: (el: Element) => Promise<AxeResult> };
  }
}

// The day the time rules are measured on, in the tests and in the CLI run the saved file is held to.
const TODAY = '2026-12-01';
let keys = 0;

async function editor(attrs: { lang?: string; draftKey?: string } = {}): Promise<SamverkanAgreementEditor> {
  const el = await fixture<SamverkanAgreementEditor>(
    html`<samverkan-agreement-editor today=${TODAY} lang=${attrs.lang ?? 'sv'} draft-key=${attrs.draftKey ?? `test-${Date.now()}-${keys++}`}></samverkan-agreement-editor>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: SamverkanAgreementEditor) => el.shadowRoot!;
function byId<T extends HTMLElement = HTMLInputElement>(el: SamverkanAgreementEditor, id: string): T {
  const found = root(el).getElementById(id);
  if (!found) throw new Error(`no element with id ${id}`);
  return found as T;
}

/** Types into a field as a person does: the value, an input event per edit, and change when leaving it. */
async function fill(el: SamverkanAgreementEditor, id: string, value: string): Promise<void> {
  const input = byId<HTMLInputElement | HTMLTextAreaElement>(el, id);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function choose(el: SamverkanAgreementEditor, id: string, value: string): Promise<void> {
  const select = byId<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function click(el: SamverkanAgreementEditor, target: HTMLElement | null): Promise<void> {
  if (!target) throw new Error('nothing to click');
  target.click();
  await el.updateComplete;
}

function button(el: SamverkanAgreementEditor, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

async function section(el: SamverkanAgreementEditor, name: string): Promise<void> {
  await click(el, root(el).querySelector<HTMLButtonElement>(`nav button:nth-child(1)`) && [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim().startsWith(name))!);
}

async function addField(el: SamverkanAgreementEditor, parent: string, key: string): Promise<void> {
  await choose(el, `a.${parent}`, key);
  await click(el, byId<HTMLSelectElement>(el, `a.${parent}`).nextElementSibling as HTMLButtonElement);
}

async function addItem(el: SamverkanAgreementEditor, list: string): Promise<void> {
  await click(el, root(el).querySelector<HTMLButtonElement>(`[data-add="${list}"]`));
}

async function axeClean(el: Element): Promise<void> {
  const result = await window.axe.run(el);
  expect(result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
}

async function screenshot(name: string): Promise<void> {
  await executeServerCommand('screenshot', { name, fullPage: false });
}

function issuesWith(el: SamverkanAgreementEditor, severity: Issue['severity']): Issue[] {
  return el.issues.filter((i) => i.severity === severity);
}

const CSV = [
  'Namn;Organisationsnummer;Juridisk form;Registrerad i föreningsregistret',
  'Kvarnby IK;802000-0009;Ideell förening;ja',
  'Stiftelsen Exempelgården;802479-7006;Stiftelse;nej',
  'Fel i Numret;802000-0008;Ideell förening;ja',
  'Föreningen Vi i Väst;802016-6719;ideell förening;ja',
].join('\r\n');

describe('the axe check', () => {
  it('reports an unnamed button, so a clean result is not vacuous', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    const result = await window.axe.run(el);
    expect(result.violations.map((v) => v.id)).to.include('button-name');
  });
});

describe('<samverkan-agreement-editor>', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('starts a blank region agreement, fills parties, two areas, a forum with members and three organisations from CSV (a bad row kept), and saves a file validateAgreement accepts with no error', async () => {
    const el = await editor();
    await axeClean(el);
    await screenshot('start-1280');

    // The start page: a region, its name and länskod; Enter submits.
    await click(el, root(el).querySelector<HTMLInputElement>('input[name="kind"][value="region"]'));
    await fill(el, 'start-name', 'Västra Götalandsregionen');
    await fill(el, 'start-code', '14');
    byId(el, 'start-code').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const a = el.agreement as Record<string, any>;
    expect(a.municipality).to.deep.include({ kind: 'region', name: 'Västra Götalandsregionen', code: '14' });
    expect(a.municipality.executiveBoard.name.sv).to.equal('Regionstyrelsen');
    expect(byId(el, 'x.municipality.code').textContent).to.equal(sv.code.region('Västra Götalandsregionen'));
    // Blank: errors to fill in, each beside its field and in the summary.
    expect(issuesWith(el, 'error').length).to.be.greaterThan(0);
    expect(root(el).querySelector('#e\\.adopted')?.textContent).to.contain(issuesWith(el, 'error').find((i) => i.path.join('.') === 'adopted')!.message);
    await axeClean(el);
    await screenshot('blank-region-1280');

    // The agreement and its parties.
    await fill(el, 'f.adopted', '2024-01-10');
    await fill(el, 'f.vision.sv', 'Ett Västra Götaland där alla kan delta i samhällslivet.');
    await fill(el, 'f.parties.1.name', 'Idéburen sektor i Västra Götaland');
    await fill(el, 'f.parties.1.id', 'ideburen-sektor-vg');

    // Plans and areas: the plan's name and period, two areas.
    await section(el, sv.sections.plans);
    await fill(el, 'f.plans.0.name.sv', 'Handlingsplan 2024–2026');
    await fill(el, 'f.plans.0.period.start', '2024-01-10');
    await fill(el, 'f.plans.0.period.end', '2026-12-31');
    for (const [i, name] of ['Psykisk hälsa', 'Kultur för alla'].entries()) {
      await addItem(el, 'plans.0.areas');
      await fill(el, `f.plans.0.areas.${i}.id`, `omrade-${i + 1}`);
      await fill(el, `f.plans.0.areas.${i}.name.sv`, name);
      await fill(el, `f.plans.0.areas.${i}.description.sv`, `Samverkan om ${name.toLowerCase()}.`);
      await choose(el, `f.plans.0.areas.${i}.status`, 'active');
    }
    expect((el.agreement as any).plans[0].areas.map((x: { id: string }) => x.id)).to.deep.equal(['omrade-1', 'omrade-2']);
    await axeClean(el);

    // Organising: forums, one forum with a member from each side.
    await section(el, sv.sections.organising);
    await click(el, byId(el, 'f.organising.ways.forums'));
    await addField(el, 'organising', 'forums');
    await addItem(el, 'organising.forums');
    await fill(el, 'f.organising.forums.0.id', 'samverkansforum');
    await fill(el, 'f.organising.forums.0.name.sv', 'Samverkansforum');
    for (const [i, [side, member]] of [['municipality', 'vastra-gotalandsregionen'], ['sector', 'ideburen-sektor-vg']].entries()) {
      await addItem(el, 'organising.forums.0.members');
      await choose(el, `f.organising.forums.0.members.${i}.side`, side!);
      await addField(el, `organising.forums.0.members.${i}`, 'member');
      await fill(el, `f.organising.forums.0.members.${i}.member`, member!);
    }
    await axeClean(el);

    // Organisations from a CSV export with one bad row (a wrong check digit): shown, not dropped.
    await section(el, sv.sections.organisations);
    const file = byId(el, 'csv-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([CSV], 'foreningsregister.csv', { type: 'text/csv' }));
    file.files = transfer.files;
    file.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => root(el).querySelectorAll('.csv tbody tr').length === 4, 'the four rows are checked', { timeout: 60_000 });
    await fill(el, 'csv-joined', '2024-02-01');
    const bad = root(el).querySelectorAll('.csv tbody tr.bad');
    expect(bad.length).to.equal(1);
    expect(bad[0]!.textContent).to.contain('Fel i Numret').and.to.contain('802000-0008');
    await axeClean(el);
    await screenshot('csv-1280');
    await click(el, button(el, sv.csv.add(3)));
    const orgs = (el.agreement as any).organisations as { id: string; name: string; organisationNumber: string; legalForm: string }[];
    expect(orgs.map((o) => o.name)).to.deep.equal(['Kvarnby IK', 'Stiftelsen Exempelgården', 'Föreningen Vi i Väst']);
    expect(orgs[1]!.legalForm).to.equal('foundation');
    expect((el.agreement as any).joined.map((j: { organisation: string }) => j.organisation)).to.deep.equal(orgs.map((o) => o.id));
    // The bad row stays, with its message and a way to add it anyway.
    expect(root(el).querySelector('.csv tbody tr.bad')?.textContent).to.contain('Fel i Numret');
    expect(root(el).querySelector('.csv .notice')?.textContent).to.contain(sv.csv.bad(1));
    await axeClean(el);

    expect(issuesWith(el, 'error').map((i) => `${i.path.join('.')}: ${i.message}`)).to.deep.equal([]);

    // Save: the file is what samverkan validate reads, and it finds no error.
    let saved = '';
    el.addEventListener('samverkan-save', (e: SamverkanSaveEvent) => {
      e.preventDefault();
      saved = e.json;
    });
    await click(el, button(el, sv.toolbar.save));
    await el.updateComplete;
    expect(saved.endsWith('\n')).to.equal(true);
    const result = validateAgreement(JSON.parse(saved), { locale: 'sv', today: TODAY });
    expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(root(el).querySelector('.saved-state')?.textContent).to.equal(sv.toolbar.allSaved);
    await axeClean(el);
    await screenshot('saved-1280');
  });

  it('can be used with the keyboard alone: the start form, the sections, a field and the summary', async () => {
    const el = await editor();
    const radio = root(el).querySelector<HTMLInputElement>('input[name="kind"][value="municipality"]')!;
    radio.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).querySelector<HTMLInputElement>('input[name="kind"][value="region"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('start-name');
    await sendKeys({ type: 'Region Skåne' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('start-code');
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect((el.agreement as any).municipality).to.deep.include({ kind: 'region', name: 'Region Skåne', code: '12' });
    // Focus lands on the section's heading; Tab goes on into its fields.
    expect(root(el).activeElement?.id).to.equal('section-heading');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('f.name.sv');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (utkast)' });
    await el.updateComplete;
    expect((el.agreement as any).name.sv).to.match(/Region Skåne.*\(utkast\)$/);
    // A section chosen from the navigation with Enter moves focus to its heading.
    const plans = [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.startsWith(sv.sections.plans))!;
    plans.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('section-heading');
    expect(root(el).activeElement?.textContent).to.equal(sv.sections.plans);
    // A summary link, followed with Enter, moves focus to the field the issue names.
    const adopted = [...root(el).querySelectorAll<HTMLAnchorElement>('.summary a')].find((a) => a.getAttribute('href') === '#f.adopted')!;
    adopted.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'f.adopted', 'focus on the adoption date');
  });

  it('shows the unknown kommunkod of the Malmö preset beside the code field and in the summary, whose link moves focus to the field', async () => {
    const el = await editor();
    el.agreement = { ...malmo, municipality: { ...malmo.municipality, code: '9999' } };
    await el.updateComplete;
    const issue = el.issues.find((i) => i.code === 'municipality_code_unknown')!;
    expect(issue.path).to.deep.equal(['municipality', 'code']);
    const beside = byId(el, 'e.municipality.code');
    expect(beside.textContent).to.contain(issue.message);
    const input = byId(el, 'f.municipality.code');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('e.municipality.code');
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.summary a')].find((l) => l.textContent!.includes(issue.message))!;
    expect(link).to.not.equal(undefined);
    // The counts are always in view.
    expect(byId(el, 'counts').textContent).to.equal(sv.counts((validateAgreement({ ...malmo, municipality: { ...malmo.municipality, code: '9999' } }, { today: TODAY })).counts));
    await section(el, sv.sections.iops);
    link.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement === byId(el, 'f.municipality.code'), 'focus moves to the code field');
    await axeClean(el);
    await screenshot('malmo-unknown-code-1280');
  });

  it('undoes and redoes an edit with the buttons and with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const el = await editor();
    el.agreement = malmo;
    await el.updateComplete;
    await fill(el, 'f.adopted', '2018-01-01');
    await fill(el, 'f.decisionReference', 'STK-2099-1');
    expect((el.agreement as any).decisionReference).to.equal('STK-2099-1');
    byId(el, 'f.decisionReference').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect((el.agreement as any).decisionReference).to.equal(malmo.decisionReference);
    expect(byId(el, 'f.decisionReference').value).to.equal(malmo.decisionReference);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect((el.agreement as any).decisionReference).to.equal('STK-2099-1');
    await click(el, button(el, sv.toolbar.undo));
    await click(el, button(el, sv.toolbar.undo));
    expect((el.agreement as any).adopted).to.equal(malmo.adopted);
    await click(el, button(el, sv.toolbar.redo));
    expect((el.agreement as any).adopted).to.equal('2018-01-01');
  });

  it('keeps the draft in the browser: a new editor with the same key (as after a reload) restores it, with a notice', async () => {
    const key = `reload-${Date.now()}`;
    const first = await editor({ draftKey: key });
    first.agreement = malmo;
    await first.updateComplete;
    await fill(first, 'f.vision.sv', 'En ny vision, inte sparad.');
    await first.updateComplete;
    first.remove();
    const second = await editor({ draftKey: key });
    await waitUntil(() => (second.agreement as any)?.vision?.sv === 'En ny vision, inte sparad.', 'the draft is restored');
    const notice = root(second).querySelector('.notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain(sv.draft.keep);
    await axeClean(second);
    await screenshot('draft-restored-1280');
    // Discarding it leaves nothing for the next load.
    await click(second, button(second, sv.draft.discard));
    second.remove();
    const third = await editor({ draftKey: key });
    await third.updateComplete;
    expect(third.agreement).to.equal(undefined);
  });

  it('asks before the page is left with unsaved changes, and not after saving', async () => {
    const el = await editor();
    el.agreement = malmo;
    await el.updateComplete;
    const ask = () => {
      const e = new Event('beforeunload', { cancelable: true });
      dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(ask()).to.equal(false);
    await fill(el, 'f.decisionReference', 'STK-2099-2');
    expect(ask()).to.equal(true);
    el.addEventListener('samverkan-save', (e) => e.preventDefault());
    await click(el, button(el, sv.toolbar.save));
    await el.updateComplete;
    expect(ask()).to.equal(false);
  });

  it('adds, reorders by keyboard and removes list items, keeping focus on the control used', async () => {
    const el = await editor();
    el.agreement = malmo;
    await el.updateComplete;
    await section(el, sv.sections.principles);
    const ids = () => (el.agreement as any).principles.map((p: { id: string }) => p.id);
    const before = ids();
    const down = root(el).querySelector<HTMLButtonElement>('[data-move="principles.0:down"]')!;
    expect(down.getAttribute('aria-label')).to.contain(sv.list.item(sv.fields.principles!, 1));
    down.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ids()).to.deep.equal([before[1], before[0], ...before.slice(2)]);
    expect(root(el).activeElement).to.equal(root(el).querySelector('[data-move="principles.1:down"]'));
    expect(root(el).querySelector('[role="status"]')?.textContent).to.contain('2');
    await click(el, root(el).querySelector<HTMLButtonElement>('[data-item="principles.1"] .danger'));
    expect(ids()).to.deep.equal([before[1], ...before.slice(2)]);
    await addItem(el, 'principles');
    expect(ids().length).to.equal(before.length);
    expect(root(el).activeElement?.id).to.equal(`f.principles.${before.length - 1}.id`);
    await axeClean(el);
  });

  it('names, explains and switches each rule of the rules list, and the setting is saved in the agreement', async () => {
    const el = await editor();
    el.agreement = malmo;
    await el.updateComplete;
    await section(el, sv.sections.rules);
    const rules = root(el).querySelectorAll('.rules > li');
    expect(rules.length).to.be.greaterThan(20);
    const hosting = byId(el, 'on.rules.area-time-frame');
    expect(hosting.checked).to.equal(true);
    await click(el, hosting);
    expect((el.agreement as any).rules['area-time-frame']).to.include({ enabled: false });
    // The rule no longer reports; what remains is the note that the agreement switched it off.
    expect(el.issues.filter((i) => i.rule === 'area-time-frame').map((i) => i.code)).to.deep.equal(['rule_disabled']);
    await choose(el, 'sev.rules.national-principles', 'info');
    expect((el.agreement as any).rules['national-principles']).to.include({ severity: 'info' });
    await axeClean(el);
    await screenshot('rules-1280');
  });

  it('previews the area list and the principles with the real elements, in the language chosen', async () => {
    const el = await editor();
    el.agreement = malmo;
    await el.updateComplete;
    await section(el, sv.sections.preview);
    const list = root(el).querySelector('samverkan-area-list')!;
    const principles = root(el).querySelector('samverkan-principles')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~="item"]').length === 5, 'five areas shown');
    expect(principles.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(6);
    await choose(el, 'preview-lang', 'en');
    expect(root(el).querySelector('.preview')!.getAttribute('lang')).to.equal('en');
    const english = root(el).querySelector('samverkan-principles')!;
    await waitUntil(() => english.shadowRoot?.querySelector('[part~="heading"]')?.textContent === enUi.page.principles, 'the principles heading in English');
    await axeClean(el);
    await screenshot('preview-1280');
  });

  it('speaks English with lang="en": its own words and the issues', async () => {
    const el = await editor({ lang: 'en' });
    expect(root(el).getElementById('start-heading')!.textContent).to.equal(en.start.heading);
    el.agreement = { ...malmo, municipality: { ...malmo.municipality, code: '9999' } };
    await el.updateComplete;
    const issue = el.issues.find((i) => i.code === 'municipality_code_unknown')!;
    expect(issue.message).to.equal(validateAgreement(el.agreement, { locale: 'en', today: TODAY }).issues.find((i) => i.code === 'municipality_code_unknown')!.message);
    expect(root(el).querySelector('#section-heading')!.textContent).to.equal(en.sections.agreement);
    await axeClean(el);
  });

  it('reflows at 320 CSS pixels: nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await editor();
      await screenshot('start-320');
      el.agreement = { ...malmo, municipality: { ...malmo.municipality, code: '9999' } };
      await el.updateComplete;
      for (const name of [sv.sections.agreement, sv.sections.plans, sv.sections.organisations]) {
        await section(el, name);
        expect(document.documentElement.scrollWidth, name).to.be.at.most(320);
      }
      await axeClean(el);
      await screenshot('malmo-320');
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
