import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createReceiver } from '../../examples/receiver/server.mjs';
import { CHROMIUM_LAUNCH_OPTIONS, totalsReporter } from '../../scripts/wtr-common.mjs';

// Test-only endpoints and headers: a page served under a strict Content-Security-Policy with Trusted
// Types, an agreement that answers too late, one that is too large, a server failing with a given status, and the example receiver (the one
// the demo mounts), started afresh by /__test/receiver/reset with a new data file, made to fail its first
// POSTs with 503 (?failFirst=N) or to answer slowly (?delay=ms).
const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TOKEN = 'test-token';
let receiver;
let receiverDelay = 0;
// The receivers' data folders, removed when the run ends: tests leave nothing behind.
const receiverDirs = [];
process.on('exit', () => {
  for (const dir of receiverDirs) rmSync(dir, { recursive: true, force: true });
});
// The webmaster guides' examples as a site would serve them: /__test/guides/<guide>.md/<n> is the n-th
// ```html block as a page, sent with the Content-Security-Policy the guide recommends (read from its
// ```text block); the files the guide shows under their address (```css file=/assets/…) are served at
// that address, the elements' bundles at /assets/samverkan/cdn/, and the guides' data paths from the
// examples. The only thing added to a page is the probe that counts policy violations.
const repo = new URL('../../', import.meta.url);
const guide = (name) => readFileSync(new URL(`docs/guides/${name}`, repo), 'utf8');
const GUIDES = ['webmaster.md', 'webbredaktor.md'];
const GUIDE_DATA = {
  '/data/agreement.json': 'examples/other-kommun/agreement.json',
  '/data/public-interests.json': 'examples/embed/candidates.json',
  '/data/intressen-offentliga.json': 'examples/embed/candidates.json',
};
const GUIDE_PROBE = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
function guidePolicy(text) {
  const policy = /```text\nContent-Security-Policy: ([^\n]+)\n```/.exec(text);
  if (!policy) throw new Error('the guide recommends no Content-Security-Policy');
  return policy[1];
}
function guideFiles() {
  const files = new Map();
  for (const name of GUIDES) {
    for (const m of guide(name).matchAll(/```(css|js) file=(\S+)\n([\s\S]*?)```/g)) files.set(m[2], { type: m[1], body: m[3], policy: guidePolicy(guide(name)) });
  }
  return files;
}
function guidePages() {
  return async (ctx) => {
    const page = /^\/__test\/guides\/([a-z]+\.md)\/(\d+|control)$/.exec(ctx.path);
    if (ctx.path === '/__test/guides/probe.js') {
      ctx.type = 'text/javascript';
      ctx.body = GUIDE_PROBE;
      return true;
    }
    if (page && GUIDES.includes(page[1])) {
      const text = guide(page[1]);
      const blocks = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
      // The negative control: an inline style, which the policy must refuse.
      const body = page[2] === 'control' ? '<p style="color: red">inline</p>' : blocks[Number(page[2])];
      if (body === undefined) return false;
      const lang = page[1] === 'webmaster.md' ? 'en' : 'sv';
      ctx.set('Content-Security-Policy', guidePolicy(text));
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Example</title><script src="/__test/guides/probe.js"></script></head><body>${body}</body></html>`;
      return true;
    }
    const file = guideFiles().get(ctx.path);
    if (file) {
      ctx.set('Content-Security-Policy', file.policy);
      ctx.type = file.type === 'css' ? 'text/css' : 'text/javascript';
      ctx.body = file.body;
      return true;
    }
    const data = GUIDE_DATA[ctx.path];
    const asset = ctx.path.startsWith('/assets/samverkan/cdn/') && !ctx.path.includes('..') ? `packages/elements/cdn/${ctx.path.slice('/assets/samverkan/cdn/'.length)}` : undefined;
    if (data || asset) {
      const path = data ?? asset;
      try {
        ctx.body = readFileSync(new URL(path, repo));
      } catch {
        return false;
      }
      ctx.type = path.endsWith('.json') ? 'application/json' : path.endsWith('.css') ? 'text/css' : 'text/javascript';
      ctx.set('Content-Security-Policy', guidePolicy(guide('webmaster.md')));
      return true;
    }
    return false;
  };
}
const serveGuides = guidePages();

function testServer() {
  return async (ctx, next) => {
    if (await serveGuides(ctx)) return;
    if (ctx.path === '/__test/receiver/reset') {
      await receiver?.ready.then((store) => store.close()).catch(() => {});
      const dir = mkdtempSync(join(tmpdir(), 'wtr-receiver-'));
      receiverDirs.push(dir);
      const dataFile = join(dir, 'interests.jsonl');
      // The forms in the tests are filled in by script, at once, all from one address: the receiver's
      // minimum fill time and rate limit are tested in its own suite.
      receiver = createReceiver({ dataFile, token: TOKEN, failFirst: Number(ctx.query.failFirst ?? 0), minFillSeconds: 0, rateLimit: false });
      await receiver.ready;
      receiverDelay = Number(ctx.query.delay ?? 0);
      ctx.body = { ok: true };
      return;
    }
    // The embed example's page posts to /api/interests, where the demo server mounts the receiver.
    if (ctx.path === '/__test/receiver/api/interests' || ctx.path === '/api/interests') {
      if (receiverDelay) await new Promise((r) => setTimeout(r, receiverDelay));
      ctx.respond = false;
      ctx.req.url = '/api/interests';
      if (ctx.method === 'GET') ctx.req.headers.authorization = `Bearer ${TOKEN}`;
      await receiver.handle(ctx.req, ctx.res);
      return;
    }
    if (ctx.path === '/__test/slow.json') {
      // ?ms= for a test that must see the loading state however slowly the browser runs.
      await new Promise((r) => setTimeout(r, Number(ctx.query.ms ?? 3000)).unref());
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    }
    // A server that fails with the status named in the path (/__test/status/503).
    const failing = /^\/__test\/status\/(\d{3})$/.exec(ctx.path);
    if (failing) {
      ctx.status = Number(failing[1]);
      ctx.type = 'text/plain';
      ctx.body = 'failing on purpose';
      return;
    }
    if (ctx.path === '/__test/big.json') {
      ctx.type = 'application/json';
      ctx.body = `[${'0,'.repeat(3_000_000)}0]`;
      return;
    }
    await next();
    if (ctx.path.startsWith('/packages/elements/test/csp/')) ctx.set('Content-Security-Policy', CSP);
  };
}

const chrome = chromeLauncher({ launchOptions: CHROMIUM_LAUNCH_OPTIONS });

// A command for the tests: take the page off the network for the receiver, as a user going offline
// would. Its POSTs fail as a dropped connection does (fetch rejects); the test runner's own connection
// to the page, which Chrome's whole-page offline mode would cut too, stays up.
const offlineHandlers = new Map();
function offlineCommand() {
  return {
    name: 'set-offline',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-offline') return undefined;
      const page = chrome.getPage(session.id);
      const existing = offlineHandlers.get(session.id);
      if (existing) {
        page.off('request', existing);
        offlineHandlers.delete(session.id);
        await page.setRequestInterception(false);
      }
      if (payload?.offline) {
        const handler = (request) => {
          if (request.isInterceptResolutionHandled()) return;
          if (request.method() === 'POST' && request.url().includes('/__test/receiver/')) void request.abort('internetdisconnected');
          else void request.continue();
        };
        offlineHandlers.set(session.id, handler);
        page.on('request', handler);
        await page.setRequestInterception(true);
      }
      return true;
    },
  };
}

// Commands for the tests of what visitors meet: the page's accessibility tree as Chromium exposes it to
// assistive technology (CDP Accessibility.getFullAXTree), and a screenshot written to a temporary folder
// of the test's own, for a person to look at.
function visitorCommands() {
  return {
    name: 'visitor-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'ax-tree') {
        const page = chrome.getPage(session.id);
        const cdp = await page.createCDPSession();
        try {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          // owner: the nearest ancestor assistive technology is shown, past the ignored ones (a generic box, role=none).
          const byId = new Map(nodes.map((n) => [n.nodeId, n]));
          const shown = (id) => {
            let n = byId.get(id);
            while (n?.ignored) n = byId.get(n.parentId);
            return n?.nodeId;
          };
          return nodes
            .filter((n) => !n.ignored)
            .map((n) => ({
              id: n.nodeId,
              parent: n.parentId,
              owner: shown(n.parentId),
              role: n.role?.value,
              name: n.name?.value ?? '',
              live: n.properties?.find((p) => p.name === 'live')?.value?.value,
              required: n.properties?.find((p) => p.name === 'required')?.value?.value,
            }));
        } finally {
          await cdp.detach();
        }
      }
      if (command === 'screenshot') {
        const page = chrome.getPage(session.id);
        const dir = mkdtempSync(join(tmpdir(), 'samverkan-screenshot-'));
        const path = join(dir, `${String(payload?.name ?? 'page').replace(/[^a-z0-9-]/gi, '_')}.png`);
        await page.screenshot({ path, fullPage: payload?.fullPage === true });
        return path;
      }
      return undefined;
    },
  };
}

export default {
  middleware: [testServer()],
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '../..',
  plugins: [offlineCommand(), visitorCommands(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.test.json', import.meta.url).pathname })],
  browsers: [chrome],
  concurrency: 1,
  // Generous deadlines: a test waits for its conditions, so a busy machine makes it slower, never wrong.
  testFramework: { config: { timeout: 90_000 } },
  testsFinishTimeout: 20 * 60_000,
  browserStartTimeout: 5 * 60_000,
  reporters: [defaultReporter(), totalsReporter()],
};
