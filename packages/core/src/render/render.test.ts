import { describe, expect, it } from 'vitest';
import { ar } from '../locales/ar/index.js';
import { en } from '../locales/en/index.js';
import { sv } from '../locales/sv/index.js';
import { svLattlast } from '../locales/sv-x-lattlast/index.js';
import { malmo } from '../presets/malmo/malmo.js';
import { formatDate } from '../text/format.js';
import { renderHtml } from './render.js';

const MALMO_AREAS = [
  'Ungas hälsa och livsstil',
  'Jämlik fritid och kultur',
  'Stadsliv, allmänna platser och lokaler',
  'Delaktighet, trygghet, demokrati',
  'Nya vägar till arbete och aktivitet',
];

/** The text of every element `<tag …>…</tag>` in the HTML (no nesting of the same tag). */
const texts = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('renderHtml', () => {
  it('writes Malmöandan’s five areas as headings one level below the list’s, inside the element’s tag', () => {
    const html = renderHtml(malmo, { element: 'area-list', headingLevel: 3, today: '2019-05-13' });
    expect(html).toMatch(/^<link rel="stylesheet" href="\/assets\/samverkan\/cdn\/samverkan.css">\n<samverkan-area-list heading-level="3" lang="sv" dir="ltr" layout="cards">/);
    expect(texts(html, 'h3')).toEqual(['Prioriterade områden']);
    expect(texts(html, 'h4')).toEqual(MALMO_AREAS);
    expect(html).toContain('<dt>Värd från idéburen sektor</dt><dd>vakant</dd>');
    expect(html.trim().endsWith('</samverkan-area-list>')).toBe(true);
    expect(html).not.toContain('samverkan-principles');
  });

  it('writes the six principles and the form’s fallback, in English, with the options as the elements’ attributes', () => {
    const html = renderHtml(malmo, {
      locale: 'en',
      layout: 'list',
      stylesheet: null,
      action: '/api/interests',
      privacyHref: '/privacy',
      formHref: 'https://example.org/contact',
    });
    expect(html).not.toContain('<link');
    expect(html).toContain('<samverkan-area-list heading-level="2" lang="en" dir="ltr" layout="list">');
    expect(texts(html, 'h2')).toEqual(['Priority areas', 'Principles of collaboration', 'Register an interest in collaborating']);
    expect(texts(html, 'strong')).toHaveLength(6);
    expect(html).toContain('<samverkan-match-form heading-level="2" lang="en" dir="ltr" action="/api/interests" privacy-href="/privacy">');
    expect(html).toContain('<a href="https://example.org/contact">Register an interest another way</a>');
  });

  it('escapes every text from data, drops links that are not http(s), and names no contact person', () => {
    const agreement = structuredClone(malmo);
    const area = agreement.plans[0]!.areas[0]!;
    area.name = { sv: '<img src=x onerror=alert(1)> & "citat"' };
    const html = renderHtml(agreement, { element: 'area-list', formHref: 'javascript:alert(1)' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;citat&#34;');
    const form = renderHtml(agreement, { element: 'match-form', formHref: 'javascript:alert(1)' });
    expect(form).not.toContain('javascript:');
    expect(form).not.toContain('<a ');
  });

  it('has no inline style, no script and no event handler, so it passes a strict Content-Security-Policy', () => {
    const html = renderHtml(malmo);
    expect(html).not.toMatch(/<style|<script|\sstyle=|\son[a-z]+=/i);
  });

  it('clamps a heading level outside 1–6 to 2', () => {
    expect(texts(renderHtml(malmo, { element: 'principles', headingLevel: 9 }), 'h2')).toEqual(['Principer för samverkan']);
  });

  it('takes every word from the language pack the elements use, and writes dates and phases as they do', () => {
    const html = renderHtml(malmo, { locale: 'en', today: '2019-05-13' });
    const t = en.ui;
    expect(texts(html, 'h2')).toEqual([t.areaList.areas, t.page.principles, t.form.heading]);
    expect(html).toContain(`<p>${t.form.noScript}</p>`);
    expect(html).toContain(`<dt>${t.areaList.hostSector}</dt><dd>${t.areaList.vacant}</dd>`);
    expect(html).toContain(`<dd>${en.common.phases['identifying-hosts']} (${t.areaList.phaseOf(1, 5)})</dd>`);
    // The plan's period as Intl writes it in English, not as ISO days.
    expect(html).toMatch(/<p class="samverkan-intro"><span lang="en">[^<]+<\/span>, \d{1,2} [A-Z][a-z]+ \d{4} – \d{1,2} [A-Z][a-z]+ \d{4}<\/p>/);
    expect(renderHtml(malmo, { element: 'principles' })).toContain(`>${sv.ui.page.principles}</h2>`);
  });

  it('writes Arabic right to left, marking the agreement’s Swedish-only texts lang="sv" dir="auto" as the elements do', () => {
    const html = renderHtml(malmo, { locale: 'ar', today: '2019-05-13' });
    for (const tag of ['samverkan-area-list', 'samverkan-principles', 'samverkan-match-form']) expect(html).toMatch(new RegExp(`<${tag} heading-level="2" lang="ar" dir="rtl"`));
    expect(texts(html, 'h2')).toEqual([ar.ui.areaList.areas, ar.ui.page.principles, ar.ui.form.heading]);
    expect(html).toContain(`<dt>${ar.ui.areaList.phase}</dt><dd>${ar.common.phases['identifying-hosts']}`);
    // Malmöandan's areas are written in Swedish and English only: on an Arabic page they are Swedish.
    expect(html).toContain('<h3 id="samverkan-area-ungas-halsa-och-livsstil" lang="sv" dir="auto">Ungas hälsa och livsstil</h3>');
    expect(html).toMatch(/<div class="samverkan-description" lang="sv" dir="auto">/);
    expect(html).toMatch(/<li class="samverkan-item" lang="sv" dir="auto"><strong class="samverkan-label">/);
    // The plan's name inside the Arabic sentence is Swedish too.
    expect(html).toMatch(/<p class="samverkan-intro">[^<]*<span lang="sv" dir="auto">Samarbetsplan 2018–2022<\/span>[^<]*\p{Script=Arabic}/u);
    // In English the same texts are English and carry no mark of their own.
    expect(renderHtml(malmo, { locale: 'en' })).toContain('<h3 id="samverkan-area-ungas-halsa-och-livsstil" lang="en">');
  });

  it('writes lättläst svenska from its pack, with the Swedish texts of the agreement as its fallback', () => {
    const html = renderHtml(malmo, { element: 'area-list', locale: 'sv-x-lattlast' });
    expect(html).toContain('lang="sv-x-lattlast" dir="ltr"');
    expect(texts(html, 'h2')).toEqual([svLattlast.ui.areaList.areas]);
    expect(html).toContain('lang="sv" dir="auto">Ungas hälsa och livsstil</h3>');
  });

  it('shows the agreement’s status and the date its data is from, worded and dated as the area list does', () => {
    const status = (html: string) => /<p class="samverkan-agreement-status">([^<]*)<\/p>/.exec(html)?.[1];
    // Malmöandan: in force since 14 June 2017, its data as of 13 May 2019.
    expect(status(renderHtml(malmo, { element: 'area-list' }))).toBe(`${sv.ui.areaList.active(formatDate('2017-06-14', 'sv'))} ${sv.ui.areaList.asOf(formatDate('2019-05-13', 'sv'))}`);
    const ended = structuredClone(malmo);
    ended.status = { state: 'terminated', date: '2024-03-06', reason: { sv: 'Kommunstyrelsen beslutade att avveckla överenskommelsen.' } };
    delete ended.asOf;
    expect(status(renderHtml(ended, { element: 'area-list', locale: 'en' }))).toBe(en.ui.areaList.terminated(formatDate('2024-03-06', 'en')));
    const draft = structuredClone(malmo);
    draft.status = { state: 'draft' };
    expect(status(renderHtml(draft, { element: 'area-list', locale: 'ar' }))).toMatch(new RegExp(`^${ar.ui.areaList.draft}`));
  });

  it('shows no host, no phase and never "vakant" for an agreement organised without värdskap', () => {
    const agreement = structuredClone(malmo);
    agreement.organising = { ways: ['coordinators', 'working-group'] };
    for (const area of agreement.plans.flatMap((p) => p.areas)) {
      delete area.hosts;
      delete area.phase;
    }
    for (const locale of ['sv', 'en', 'ar', 'so', 'sv-x-lattlast']) {
      const html = renderHtml(agreement, { element: 'area-list', locale, today: '2019-05-13' });
      const t = renderHtml(malmo, { element: 'area-list', locale, today: '2019-05-13' });
      expect(texts(html, 'h3')).toHaveLength(5);
      const words = [sv, en, ar, svLattlast].map((p) => p.ui.areaList);
      for (const w of words) for (const word of [w.vacant, w.hostSector, w.hostMunicipality, w.phase]) expect(html).not.toContain(`>${word}<`);
      expect(html).not.toMatch(/vakant|vacant/i);
      // The start and time frame stay; Malmöandan itself (with värdskap) still shows its seats.
      expect(texts(html, 'dl')[0]).toMatch(/2018/);
      expect(t).toMatch(/<dt>[^<]+<\/dt><dd>[^<]+<\/dd><dt>[^<]+<\/dt><dd>[^<]+<\/dd><\/dl>/);
    }
    expect(renderHtml(malmo, { element: 'area-list' })).toContain('<dd>vakant</dd>');
  });
});
