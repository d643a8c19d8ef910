// Measures <samverkan-area-list> (the CDN bundle) in headless Chromium against a plain Lit list of the same
// areas (a `repeat` over them, nothing else), both in one page, interleaved, with the CPU slowed 4× through
// CDP (Emulation.setCPUThrottlingRate), and prints the figures as one line of JSON that
// packages/core/bench/run.ts turns into rows of docs/benchmarks.md:
// - 500 areas: the time from adding the element until its first areas, and until all 500, are in the
//   DOM and painted;
// - 10 000 areas: the time until all are in the DOM and painted, and the longest task the main thread ran
//   meanwhile (PerformanceObserver 'longtask'): a long task is what freezes a page, no input, no painting.
// Each run waits for conditions (the count of items in the list, then the frame after it), never for a
// fixed time. Needs the CDN bundles (pnpm run build).
// Usage: node scripts/bench-area-list.mjs [--quick] (fewer rounds, as in CI's --check) [--long=N] [--rounds=N].
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { toListing } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';
import { build } from 'esbuild';

// puppeteer-core comes with the test runner's Chrome launcher (it never downloads a browser).
const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-chrome'));
const puppeteer = require('puppeteer-core');

const quick = process.argv.includes('--quick');
// `--long=N` sets the long list's length (10 000 by default) and `--rounds=N` the rounds of the short one.
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const LONG = Number(arg('long') ?? 10_000);
const ROUNDS = Number(arg('rounds') ?? (quick ? 5 : 11));
const root = new URL('..', import.meta.url).pathname;
const THROTTLE = 4;

// The peer: what a developer writes with Lit alone for the same areas — the name as a heading, the
// description's paragraphs, phase, start and hosts, the collaborations, a button — with no filters, no
// localisation, no chunks. Collaborations are grouped by area once per render, as plain code would.
const peer = await build({
  stdin: {
    contents: `import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
class PlainAreaList extends LitElement {
  static properties = { listing: { attribute: false } };
  render() {
    const by = new Map();
    for (const c of this.listing.collaborations) for (const id of c.areas) by.set(id, [...(by.get(id) ?? []), c]);
    return html\`<ul>\${repeat(this.listing.areas, (a) => a.id, (a) => html\`<li>
      <h3>\${a.name.sv}</h3>
      <div>\${a.description.sv.split(/\\n{2,}/).map((p) => html\`<p>\${p}</p>\`)}</div>
      <dl><dt>Fas</dt><dd>\${a.phase}</dd><dt>Startade</dt><dd>\${a.started}</dd><dt>Värd från idéburen sektor</dt><dd>vakant</dd><dt>Värd från kommunen</dt><dd>vakant</dd></dl>
      \${by.has(a.id) ? html\`<h4>Samverkan</h4><ul>\${by.get(a.id).map((c) => html\`<li><a href=\${c.url}>\${c.name.sv}</a> – parter: \${c.partners.join(', ')}</li>\`)}</ul>\` : ''}
      <button type="button">Välj \${a.name.sv}</button></li>\`)}</ul>\`;
  }
}
customElements.define('plain-area-list', PlainAreaList);`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  logLevel: 'error',
});

const listing = toListing(malmo);
const page = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Area list benchmark</title>
<script type="module" src="/cdn/area-list.js"></script><script type="module" src="/peer.js"></script></head><body></body></html>`;
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const send = (type, body) => res.writeHead(200, { 'content-type': type }).end(body);
  if (path === '/') return send('text/html; charset=utf-8', page);
  if (path === '/peer.js') return send('text/javascript', peer.outputFiles[0].contents);
  if (path === '/listing.json') return send('application/json', JSON.stringify(listing));
  if (path.startsWith('/cdn/') && !path.includes('..')) {
    try {
      return send('text/javascript', readFileSync(`${root}${path.slice(1)}`));
    } catch {
      // not built: a 404 below
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 30 * 60_000,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // A hidden or occluded page gets fewer frames and slower timers: the measurement wants neither.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--js-flags=--expose-gc',
  ],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(base, { waitUntil: 'load' });
  await tab.evaluate(async () => {
    await Promise.all([customElements.whenDefined('samverkan-area-list'), customElements.whenDefined('plain-area-list')]);
    const malmo = await (await fetch('/listing.json')).json();
    // n areas: Malmö's five again and again, each with an id and a name of its own, and a collaboration
    // in every fourth area (a long agreement has many), so both lists show the same things.
    window.listingOf = (n) => {
      const areas = Array.from({ length: n }, (_, i) => {
        const a = malmo.areas[i % malmo.areas.length];
        return { ...a, id: `omrade-${i}`, name: { ...a.name, sv: `${a.name.sv} ${i + 1}` } };
      });
      const collaborations = areas
        .filter((_, i) => i % 4 === 0)
        .map((a, i) => ({ id: `samverkan-${i}`, name: { sv: `Samverkan ${i + 1}` }, areas: [a.id], partners: ['Föreningen', 'Fritidsförvaltningen'], districts: [], targetGroups: [], url: `https://example.org/${i}` }));
      return { ...malmo, areas, collaborations };
    };
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    // Resolves in the task after the next frame: what the frame painted is on the screen.
    const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }));
    window.measure = async (tag, n) => {
      const listing = window.listingOf(n);
      globalThis.gc?.();
      await afterPaint();
      tasks.push(...observer.takeRecords());
      tasks.length = 0;
      const el = document.createElement(tag);
      if (tag === 'plain-area-list') el.listing = listing;
      else el.agreement = listing;
      const start = performance.now();
      document.body.append(el);
      // Counted once a frame (the list's items: one <li> per area, in the list itself or, in a long
      // <samverkan-area-list>, in its groups of areas), until the first and then every area is in the DOM;
      // the time is taken after that frame is painted.
      const count = () => {
        let k = 0;
        for (const c of el.shadowRoot?.querySelector('ul')?.children ?? []) k += c.localName === 'li' ? 1 : c.children.length;
        return k;
      };
      let first;
      for (;;) {
        const painted = await afterPaint();
        const k = count();
        if (k > 0 && first === undefined) first = painted - start;
        if (k === n) {
          const all = painted - start;
          tasks.push(...observer.takeRecords());
          const longest = Math.max(0, ...tasks.filter((t) => t.startTime + t.duration > start).map((t) => t.duration));
          el.remove();
          return { first, all, longest };
        }
      }
    };
  });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const run = (tag, n) => tab.evaluate((t, k) => window.measure(t, k), tag, n);
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  /** Rounds of both lists with n areas, the order alternating; one ratio per round. */
  async function paired(n, rounds) {
    const ours = [];
    const theirs = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2) {
        theirs.push(await run('plain-area-list', n));
        ours.push(await run('samverkan-area-list', n));
      } else {
        ours.push(await run('samverkan-area-list', n));
        theirs.push(await run('plain-area-list', n));
      }
    }
    const ratio = (f) => median(ours.map((x, i) => f(x) / f(theirs[i])));
    return {
      n,
      rounds,
      first: median(ours.map((x) => x.first)),
      all: median(ours.map((x) => x.all)),
      longest: median(ours.map((x) => x.longest)),
      peerAll: median(theirs.map((x) => x.all)),
      peerLongest: median(theirs.map((x) => x.longest)),
      ratioFirst: median(ours.map((x, i) => x.first / theirs[i].all)),
      ratioAll: ratio((x) => x.all),
      ratioLongest: ratio((x) => Math.max(x.longest, 1)),
    };
  }
  // Warm-up: the code compiled and the fonts loaded before anything is timed.
  await run('samverkan-area-list', 100);
  await run('plain-area-list', 100);
  const short = await paired(500, ROUNDS);
  const long = await paired(LONG, 1);
  console.log(JSON.stringify({ throttle: THROTTLE, chromium: await browser.version(), short, long }));
} finally {
  await browser.close();
  server.close();
}
