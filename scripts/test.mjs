#!/usr/bin/env node
// Runs every check of the workspace — build, type-check, API docs, the core tests (vitest), the browser
// tests (@web/test-runner in Chromium: the elements and the editor) and the examples — and ends with one line: "N passed, N failed".
// A step that fails before it can count tests (a build or type error) counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

/** Says how long a step took, so a slow suite shows where its time goes. */
function took(started) {
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

function sh(title, command, args, options = {}) {
  console.log(`\n▶ ${title}\n  $ ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  took(started);
  const ok = result.status === 0;
  if (!ok) failedSteps.push(title);
  return ok;
}

function step(title, command, args, options) {
  if (sh(title, command, args, options)) totals.passed++;
  else totals.failed++;
}

// The suite installs nothing on the system: .ci/run installs Debian's Chromium (and PostgreSQL) when missing.
function chromium() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  console.error(
    `\nChromium was not found at ${path}, so the element tests cannot run. Install it (Debian: apt-get install chromium; .ci/run does this) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  return false;
}

step('Build the packages', 'pnpm', ['run', 'build']);
// The React example is type-checked and bundled from the packages just built; the browser tests load it.
step('Build the React example (tsc, esbuild)', 'pnpm', ['--filter', '@samverkan/example-react', 'run', 'build']);
step('Type-check every package', 'pnpm', ['run', 'typecheck']);
step('The elements’ JSX typings type-check in React 19, Preact, Vue and Svelte', 'pnpm', ['--filter', '@samverkan/elements', 'run', 'typecheck:jsx']);
step('Generate the API reference (typedoc)', 'pnpm', ['run', 'docs:api']);

/** Runs core's vitest suite with the given node binary and adds the counts of its JSON report. */
function coreTests(title, node, reportName, reporter) {
  const report = `${root}packages/core/.test-results/${reportName}`;
  rmSync(report, { force: true });
  sh(title, node, ['node_modules/vitest/vitest.mjs', 'run', `--reporter=${reporter}`, '--reporter=json', `--outputFile.json=.test-results/${reportName}`], {
    cwd: `${root}packages/core`,
  });
  if (!existsSync(report)) {
    totals.failed++;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  // A test file that fails to load has no tests but fails the suite.
  totals.failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}

coreTests('Core tests (vitest)', process.execPath, 'vitest.json', 'default');
// Core again on Node 22, the oldest supported line (scripts/dev.sh installs it into .tools/node22).
const node22 = process.env.NODE22 ?? `${root}.tools/node22/node_modules/.bin/node`;
if (existsSync(node22)) coreTests('Core tests on Node 22 (vitest)', node22, 'vitest-node22.json', 'dot');
else if (process.env.CI) {
  failedSteps.push('Core tests on Node 22 (no Node 22 at .tools/node22: run the suite through scripts/dev.sh)');
  totals.failed++;
}

/** Runs a package's @web/test-runner suite in Chromium and adds the counts its reporter writes. */
function browserTests(title, name) {
  const report = `${root}packages/${name}/.test-results/wtr.json`;
  rmSync(report, { force: true });
  const ok = sh(title, 'pnpm', ['--filter', `@samverkan/${name}`, 'run', 'test']);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed + r.sessionErrors;
    totals.skipped += r.skipped;
    if (!ok && r.failed + r.sessionErrors === 0) totals.failed++;
  } else {
    totals.failed++;
  }
}

// The elements and the agreement editor: @web/test-runner in Chromium.
if (chromium()) {
  browserTests('Element tests (@web/test-runner, Chromium)', 'elements');
  browserTests('Editor tests (@web/test-runner, Chromium)', 'editor');
} else {
  failedSteps.push('Chromium for the element and editor tests');
  totals.failed++;
}

step('Example: another kommun’s agreement', 'pnpm', ['--filter', '@samverkan/example-other-kommun', 'run', 'check']);
step('Types check in a consumer with the oldest supported TypeScript (5.4)', 'pnpm', ['--filter', '@samverkan/oldest-typescript-check', 'run', 'check']);
for (const name of ['goteborg', 'vastra-gotaland', 'uppsala']) {
  step(`Example: ${name}'s real agreement validates (samverkan validate)`, 'pnpm', ['--filter', `@samverkan/example-${name}`, 'run', 'check']);
}
step('Packages ready to publish (publint --strict, are the types wrong, tarball contents)', 'node', ['scripts/check-packages.mjs']);
step('Size budgets of the CDN bundles (size-limit, gzip)', 'pnpm', ['--filter', '@samverkan/elements', 'run', 'size']);
step('Size budget of the editor’s bundle (size-limit, gzip)', 'pnpm', ['--filter', '@samverkan/editor', 'run', 'size']);
step('Benchmarks (gates on ratios to a peer timed side by side in the same run, never on absolute times)', 'pnpm', ['--filter', '@samverkan/core', 'run', 'bench', '--', '--check']);

/** Runs an example's node:test files and adds their TAP summary to the totals. */
function nodeTests(title, dir, ...files) {
  console.log(`\n▶ ${title}\n  $ node --test ${files.map((f) => `${dir}/${f}`).join(' ')}`);
  const started = performance.now();
  const r = spawnSync('node', ['--test', '--test-reporter=tap', ...files], { cwd: `${root}${dir}`, encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  took(started);
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(r.stdout ?? '')?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail');
  totals.passed += passed;
  totals.failed += failed;
  if (r.status !== 0 || passed === 0) {
    failedSteps.push(title);
    if (failed === 0) totals.failed++;
  }
}

nodeTests('Example: the embed page’s server (node --test)', 'examples/embed', 'serve.test.mjs');
// Against the JSON-lines file and PostgreSQL (DATABASE_URL, or a cluster the tests start; see examples/receiver/test/postgres.mjs).
nodeTests('Example: the receiver of interests, both stores (node --test)', 'examples/receiver', 'server.test.mjs', 'file-store.test.mjs');
nodeTests('Example: a developer’s script (node --test)', 'examples/node-script', 'script.test.mjs');
nodeTests('Example: Överenskommelsen Göteborg (node --test)', 'examples/goteborg', 'agreement.test.mjs');
nodeTests('Example: Västra Götalandsregionen and civil society (node --test)', 'examples/vastra-gotaland', 'agreement.test.mjs');
nodeTests('Example: Uppsala’s LÖK (node --test)', 'examples/uppsala', 'agreement.test.mjs');
nodeTests('Docs: every code snippet in the guides runs (node --test)', 'scripts', 'doc-snippets.test.mjs');
nodeTests('The custom elements manifest lists the public API (node --test)', 'scripts', 'manifest.test.mjs');
nodeTests('Publishing: every package carries repository, homepage, bugs, publishConfig (node --test)', 'scripts', 'package-metadata.test.mjs');
nodeTests('Publishing: the SBOMs are valid CycloneDX 1.6 and list the runtime dependencies (node --test)', 'scripts', 'sbom.test.mjs');
nodeTests('Publishing: the workflows (action-validator), issue forms and pull-request template (node --test)', 'scripts', 'workflows.test.mjs');
nodeTests('Publishing: publiccode.yml is valid against its schema and standard (node --test)', 'scripts', 'publiccode.test.mjs');
nodeTests('Publishing: CONTRIBUTING, SECURITY, CODE_OF_CONDUCT and the README’s maturity statement (node --test)', 'scripts', 'community-files.test.mjs');
if (chromium()) nodeTests('samverkan render in Chromium, with JavaScript off and on, under the CSP (node --test)', 'scripts', 'render.test.mjs');

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 || failedSteps.length > 0 ? 1 : 0;
