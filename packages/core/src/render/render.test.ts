import { describe, expect, it } from 'vitest';
import { malmo } from '../presets/malmo/malmo.js';
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
    expect(html).toMatch(/^<link rel="stylesheet" href="\/assets\/samverkan\/cdn\/samverkan.css">\n<samverkan-area-list heading-level="3" lang="sv" layout="cards">/);
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
    expect(html).toContain('<samverkan-area-list heading-level="2" lang="en" layout="list">');
    expect(texts(html, 'h2')).toEqual(['Priority areas', 'Principles of collaboration', 'Register an interest in collaborating']);
    expect(texts(html, 'strong')).toHaveLength(6);
    expect(html).toContain('<samverkan-match-form heading-level="2" lang="en" action="/api/interests" privacy-href="/privacy">');
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
});
