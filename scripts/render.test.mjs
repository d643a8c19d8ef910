// `samverkan render` in Chromium: the HTML it writes is served under the webmaster guide's
// Content-Security-Policy and opened with JavaScript switched off — the areas and principles show, styled
// by the linked stylesheet — and with it on, when the elements take the HTML over: drawn once, in their
// shadow roots, with no second copy and no policy violation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
// puppeteer-core comes with the test runner's Chrome launcher; it never downloads a browser.
const require = createRequire(createRequire(`${root}packages/elements/package.json`).resolve('@web/test-runner-chrome'));
const puppeteer = require('puppeteer-core');

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";
const cli = (...args) => execFileSync('node', [`${root}packages/core/bin/samverkan.js`, 'render', ...args, '--stylesheet', '/packages/elements/cdn/samverkan.css', '--today', '2019-05-13'], { encoding: 'utf8' });
const page = (body, lang = 'sv', dir = 'ltr') =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>samverkan render</title></head><body><main>${body}</main><script type="module" src="/packages/elements/cdn/samverkan.js"></script></body></html>`;

const PAGES = {
  '/malmo.html': page(cli('malmo', '--heading-level', '2')),
  '/arabic.html': page(cli('malmo', '--locale', 'ar'), 'ar', 'rtl'),
  '/other.html': page(cli(`${root}examples/other-kommun/agreement.json`, '--element', 'area-list', '--layout', 'list', '--src', '/examples/other-kommun/agreement.json')),
};
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let server;
let browser;
let origin;
before(async () => {
  server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const headers = { 'Content-Security-Policy': CSP };
    if (PAGES[path]) return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGES[path]);
    const type = TYPES[path.slice(path.lastIndexOf('.'))];
    if (type && (path.startsWith('/packages/elements/cdn/') || path === '/examples/other-kommun/agreement.json') && !path.includes('..')) {
      try {
        return res.writeHead(200, { ...headers, 'Content-Type': type }).end(await readFile(`${root}${path.slice(1)}`));
      } catch {}
    }
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, JavaScript on or off, and collects what the console says about the policy. */
async function open(path, javaScript) {
  const tab = await browser.newPage();
  const refused = [];
  tab.on('console', (m) => /Content.Security.Policy|Trusted Type/i.test(m.text()) && refused.push(m.text()));
  await tab.setJavaScriptEnabled(javaScript);
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { tab, refused };
}

/** The visible headings' text, light DOM and open shadow roots alike. */
const visibleHeadings = (tab) =>
  tab.evaluate(() => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('h1, h2, h3, h4, h5, h6')) if (el.getClientRects().length > 0) out.push(`${el.tagName} ${el.textContent.trim()}`);
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return out;
  });

const MALMO_AREAS = ['Ungas hälsa och livsstil', 'Jämlik fritid och kultur', 'Stadsliv, allmänna platser och lokaler', 'Delaktighet, trygghet, demokrati', 'Nya vägar till arbete och aktivitet'];

test('with JavaScript off, the rendered page shows the five Malmö areas and six principles, styled, under the CSP', async () => {
  const { tab, refused } = await open('/malmo.html', false);
  const headings = await visibleHeadings(tab);
  assert.deepEqual(headings, ['H2 Prioriterade områden', ...MALMO_AREAS.map((n) => `H3 ${n}`), 'H2 Principer för samverkan', 'H2 Anmäl intresse för samverkan']);
  const look = await tab.evaluate(() => {
    const list = document.querySelector('.samverkan-area-list .samverkan-list');
    return { display: getComputedStyle(list).display, items: list.children.length, principles: document.querySelectorAll('.samverkan-principles li').length, defined: Boolean(customElements.get('samverkan-area-list')) };
  });
  // The stylesheet applied (a grid of cards); no script ran.
  assert.deepEqual(look, { display: 'grid', items: 5, principles: 6, defined: false });
  assert.deepEqual(refused, []);
  await tab.close();
});

test('with JavaScript on, the elements take the rendered HTML over: shown once, in their shadow roots, without a violation', async () => {
  const { tab, refused } = await open('/malmo.html', true);
  await tab.waitForFunction(() => document.querySelector('samverkan-area-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 5);
  await tab.waitForFunction(() => document.querySelector('samverkan-match-form')?.shadowRoot?.querySelector('form'));
  const headings = await visibleHeadings(tab);
  // Each area once: the light-DOM copy is no longer drawn.
  for (const name of MALMO_AREAS) assert.equal(headings.filter((h) => h === `H3 ${name}`).length, 1, name);
  const hidden = await tab.evaluate(() => [...document.querySelectorAll('samverkan-area-list > section, samverkan-principles > section, samverkan-match-form > section')].map((s) => s.getClientRects().length));
  assert.deepEqual(hidden, [0, 0, 0]);
  assert.deepEqual(refused, []);
  await tab.close();
});

test('another kommun’s agreement rendered with --src: its areas without JavaScript, and the element loads the same with it', async () => {
  const off = await open('/other.html', false);
  const names = ['Psykisk hälsa bland unga', 'Mötesplatser på landsbygden', 'Klimatomställning tillsammans'];
  // The second area has a collaboration, under a heading of its own one level below.
  assert.deepEqual(await visibleHeadings(off.tab), ['H2 Prioriterade områden', `H3 ${names[0]}`, `H3 ${names[1]}`, 'H4 Samverkan i området', `H3 ${names[2]}`]);
  await off.tab.close();
  const on = await open('/other.html', true);
  await on.tab.waitForFunction(() => document.querySelector('samverkan-area-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 3);
  const headings = await visibleHeadings(on.tab);
  for (const name of names) assert.equal(headings.filter((h) => h === `H3 ${name}`).length, 1, name);
  assert.deepEqual(on.refused, []);
  await on.tab.close();
});

test('in Arabic at 320 px without JavaScript: right to left, the Arabic pack’s words, Swedish texts marked, nothing wider than the screen', async () => {
  const { tab, refused } = await open('/arabic.html', false);
  await tab.setViewport({ width: 320, height: 800 });
  const seen = await tab.evaluate(() => {
    const list = document.querySelector('samverkan-area-list');
    const area = list.querySelector('.samverkan-item h3');
    return {
      dir: list.getAttribute('dir'),
      direction: getComputedStyle(list.querySelector('section')).direction,
      heading: list.querySelector('h2').textContent,
      area: [area.lang, area.dir, getComputedStyle(area).direction],
      // Reflow (WCAG 1.4.10): no sideways scrolling at 320 CSS pixels.
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  assert.deepEqual(seen, { dir: 'rtl', direction: 'rtl', heading: 'المجالات ذات الأولوية', area: ['sv', 'auto', 'ltr'], overflow: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-render-'));
  await tab.screenshot({ path: join(dir, 'arabic-320.png'), fullPage: false });
  console.log(`screenshot: ${join(dir, 'arabic-320.png')}`);
  assert.deepEqual(refused, []);
  await tab.close();
});

test('in Arabic with JavaScript on, the elements take over right to left in the same language', async () => {
  const { tab, refused } = await open('/arabic.html', true);
  await tab.waitForFunction(() => document.querySelector('samverkan-area-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 5);
  const seen = await tab.evaluate(() => {
    const root = document.querySelector('samverkan-area-list').shadowRoot;
    const heading = root.querySelector('[part~="heading"]');
    return { heading: heading.textContent.trim(), direction: getComputedStyle(heading).direction };
  });
  assert.deepEqual(seen, { heading: 'المجالات ذات الأولوية', direction: 'rtl' });
  assert.deepEqual(refused, []);
  await tab.close();
});
