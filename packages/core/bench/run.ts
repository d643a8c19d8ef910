// Benchmarks for @samverkan/core, run by `pnpm run bench` (writes docs/benchmarks.md) and in CI with
// --check (fails only when a figure misses its target by more than three times: the machines are
// shared and noisy, so CI catches regressions of scale, and the committed figures say what was measured).
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assignMinCost } from '../src/_lib/hungarian.js';
import type { Agreement } from '../src/agreement/agreement.js';
import { createMatchIndex } from '../src/matching/index-build.js';
import { proposeHosts } from '../src/matching/propose-hosts.js';
import { rankMatches } from '../src/matching/rank.js';
import { malmo } from '../src/presets/malmo/malmo.js';
import { validateAgreement } from '../src/validate/validate.js';
import { generateInterests, rng } from '../test/generate.js';

interface Result {
  name: string;
  target: number;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

function measure(name: string, target: number, runs: number, fn: () => unknown): Result {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { name, target, runs, p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! };
}

const check = process.argv.includes('--check');
const quick = check; // CI runs fewer iterations
const results: Result[] = [];

// 1–2. Ranking against compiled candidates (the index is built once, when the candidates are loaded).
for (const [n, target] of [
  [10_000, 5],
  [100_000, 25],
] as const) {
  const candidates = generateInterests(n, 42);
  const index = createMatchIndex(candidates);
  const queries = generateInterests(50, 7);
  let q = 0;
  results.push(measure(`rankMatches, ${n.toLocaleString('en')} candidates, one interest`, target, quick ? 60 : 300, () => rankMatches(queries[q++ % queries.length]!, index)));
}

// 3. Host assignment: the Hungarian solver on 300 seats × 300 candidates, and proposeHosts end to end.
{
  const random = rng(3);
  const cost = Float64Array.from({ length: 300 * 300 }, () => -random());
  results.push(measure('assignment solver, 300 seats × 300 candidates', 10, quick ? 30 : 100, () => assignMinCost(cost, 300, 300)));

  const agreement: Agreement = structuredClone(malmo);
  const areas = Array.from({ length: 150 }, (_, i) => ({ ...structuredClone(agreement.plans[0]!.areas[i % 5]!), id: `omrade-${i}` }));
  agreement.plans[0]!.areas = areas;
  const interests = generateInterests(300, 9).map((interest, i) => ({
    ...interest,
    wantsToHost: true,
    consent: { matching: true, listing: true },
    hostAreas: [`omrade-${i % 150}`, `omrade-${(i * 7) % 150}`, `omrade-${(i * 13) % 150}`],
  }));
  // The issue's 10 ms is for the assignment (the row above); the whole call has a target of our own.
  results.push(measure('proposeHosts, 150 areas (300 seats) × 300 candidates', 25, quick ? 30 : 60, () => proposeHosts(agreement, interests, { today: '2019-05-13' })));
}

// 4. Validation of an agreement with 10 000 organisations.
{
  const big = structuredClone(malmo) as Agreement;
  const random = rng(5);
  for (let i = 0; i < 10_000; i++) {
    big.organisations.push({
      id: `forening-${i}`,
      name: `Föreningen nummer ${i}`,
      legalForm: 'non-profit-association',
      kind: 'association',
      formal: { statutes: true, board: true, annualMeeting: true },
      districts: random() < 0.5 ? ['rosengard'] : ['lindangen'],
    });
  }
  results.push(measure('validateAgreement, 10 000 organisations', 100, quick ? 20 : 30, () => validateAgreement(big, { today: '2019-05-13' })));
}

const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
const rows = results.map((r) => `| ${r.name} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.max)} | < ${r.target} | ${r.p95 < r.target ? 'met' : `missed by ${fmt(r.p95 - r.target)} ms`} |`);
const table = ['| benchmark | p50 (ms) | p95 (ms) | max (ms) | target p95 (ms) | |', '|---|--:|--:|--:|--:|---|', ...rows].join('\n');
console.log(table);

if (check) {
  const far = results.filter((r) => r.p95 > 3 * r.target);
  if (far.length) {
    console.error(`Benchmarks more than three times over target: ${far.map((r) => r.name).join('; ')}`);
    process.exitCode = 1;
  }
} else {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  writeFileSync(
    new URL('../../../docs/benchmarks.md', import.meta.url),
    `# Benchmarks

Measured with \`pnpm run bench\` (packages/core/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},
one core of a ${cpus().length}-core ${cpu}. Each benchmark runs 20 warm-up iterations and then the stated number
of timed runs; p50 and p95 are over the timed runs. The data is generated deterministically
(packages/core/test/generate.ts): interests on Malmö's areas, target groups, districts and forms.

${table}

- **rankMatches** ranks against candidates compiled once with \`createMatchIndex\` (bitmask sets in typed
  arrays), as a server or a widget does when its candidate list is loaded; compiling 100 000 candidates
  takes longer than ranking, and happens once.
- **assignment solver** is the Hungarian algorithm on a dense 300 × 300 matrix (the issue's "host
  assignment 300 × 300", target 10 ms). **proposeHosts** is the whole call: the 300 × 300 suitabilities
  under the hosting rule, a 300 × 600 assignment (each seat may also stay vacant), reasons and
  runners-up; its 25 ms target is the project's own, not the issue's, and the whole call does not meet
  10 ms. Before posing vacancy as a column of its own the
  solver took 31 ms on this sparse matrix (a plateau of equal costs).
- **validateAgreement** runs the schema and all 25 rules; about 55 ms of it is the schema reading
  10 000 organisations (zod), about 15 ms the rules.
- The machine is shared: the same run varies by ±30 % between invocations (seen here: validation's p95
  63–103 ms over four runs), so read the figures as an order of magnitude with a margin.

CI runs the same script with \`--check\` (fewer iterations) and fails only when a p95 is more than three
times its target: shared, noisy machines make a tighter gate flaky; these committed figures are the
measurement.
`,
  );
}
