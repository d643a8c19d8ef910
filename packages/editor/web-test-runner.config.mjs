import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_LAUNCH_OPTIONS, totalsReporter } from '../../scripts/wtr-common.mjs';

// The editor's example page is served as the demo serves it: with a strict Content-Security-Policy and
// Trusted Types, so a test that loads it in a frame sees any inline script or style refused.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";
function cspHeaders() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/examples/editor/')) ctx.set('Content-Security-Policy', CSP);
  };
}

const chrome = chromeLauncher({ launchOptions: CHROMIUM_LAUNCH_OPTIONS });

// A screenshot written to a temporary folder of the test's own, for a person to look at; and the
// viewport set to a width, for the reflow test at 320 CSS pixels.
function pageCommands() {
  return {
    name: 'page-commands',
    async executeCommand({ command, payload, session }) {
      const page = chrome.getPage(session.id);
      if (command === 'screenshot') {
        const dir = mkdtempSync(join(tmpdir(), 'samverkan-editor-screenshot-'));
        const path = join(dir, `${String(payload?.name ?? 'page').replace(/[^a-z0-9-]/gi, '_')}.png`);
        await page.screenshot({ path, fullPage: payload?.fullPage === true });
        return path;
      }
      return undefined;
    },
  };
}

export default {
  middleware: [cspHeaders()],
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '../..',
  plugins: [pageCommands(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.test.json', import.meta.url).pathname })],
  browsers: [chrome],
  concurrency: 1,
  // Generous deadlines: a test waits for its conditions, so a busy machine makes it slower, never wrong.
  testFramework: { config: { timeout: 120_000 } },
  testsFinishTimeout: 20 * 60_000,
  browserStartTimeout: 5 * 60_000,
  reporters: [defaultReporter(), totalsReporter()],
};
