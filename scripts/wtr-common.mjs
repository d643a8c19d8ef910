// What the packages' @web/test-runner configurations share: the Chromium launch options that work on
// the project's machines (docs/toolchain.md) and the reporter that writes each run's totals for
// scripts/test.mjs, which prints one "N passed, N failed" line for every suite.
import { mkdirSync, writeFileSync } from 'node:fs';

/** Debian's Chromium as root, headless, kept off the closed network. */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** Writes `.test-results/wtr.json` in the package: passed, failed, skipped, and files that failed to load. */
export function totalsReporter() {
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
