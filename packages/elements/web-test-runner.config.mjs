import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

// Writes the totals for scripts/test.mjs, which prints one "N passed, N failed" line for every suite.
function totalsReporter() {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites ?? []) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load has no results but errors: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/wtr.json', JSON.stringify(totals));
    },
  };
}

// Test-only endpoints and headers: a page served under a strict Content-Security-Policy with Trusted
// Types, an agreement that answers too late, and one that is too large.
const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
function testServer() {
  return async (ctx, next) => {
    if (ctx.path === '/__test/slow.json') {
      await new Promise((r) => setTimeout(r, 3000));
      ctx.type = 'application/json';
      ctx.body = '{}';
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

export default {
  middleware: [testServer()],
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '../..',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.test.json', import.meta.url).pathname })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), totalsReporter()],
};
