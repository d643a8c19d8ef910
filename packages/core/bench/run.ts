// Benchmarks for @samverkan/core and the elements' bundles, run by `pnpm run bench` (writes
// docs/benchmarks.md) and in CI with --check. Every figure is a ratio to a peer or baseline measured in
// the same run, interleaved (bench/paired.ts): absolute times on a shared 2-core machine swing by 2× and
// more with load, a ratio of two things timed side by side does not. The gate compares only these ratios,
// each with a margin wide enough that a busy machine cannot flip it (proved by running --check with
// both cores held busy); it never reads an absolute time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import hungarianOn3 from 'hungarian-on3';
import { linearSumAssignment } from 'linear-sum-assignment';
import { assignMinCost } from '../src/_lib/hungarian.js';
import type { Agreement } from '../src/agreement/agreement.js';
import type { PublicInterest } from '../src/interest/interest.js';
import { agreementJsonSchema } from '../src/json-schema/json-schema.js';
import { createMatchIndex } from '../src/matching/index-build.js';
import { rankMatches } from '../src/matching/rank.js';
import { malmo } from '../src/presets/malmo/malmo.js';
import { validateAgreement } from '../src/validate/validate.js';
import { generateInterests, rng } from '../test/generate.js';
import { type PairedResult, paired } from './paired.js';
import { plainSortRank, plainTopK } from './plain-rank.js';

const check = process.argv.includes('--check');
// `--only=ranking,cli` runs some groups (for a quick look; the docs are then not written).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (group: string) => !only || only.includes(group);
const root = new URL('../../../', import.meta.url).pathname;
const load = { before: loadavg(), after: [] as number[] };

/** One row of the table: a subject's time as a multiple of its peer's (or a size ratio), with its goal and gate. */
interface Row {
  group: string;
  subject: string;
  peer: string;
  ratio: number;
  /** What the issue asks for, if it sets a goal (ratio ≤ goal). */
  goal?: number;
  /**
   * A goal the issue sets as a time rather than a ratio (the area list's 100 ms): the subject's time and
   * the goal, in ms. Shown and judged in the docs' table only; CI's gate still reads the ratio.
   */
  goalMs?: { ms: number; goal: number };
  /** CI fails above this. */
  gate?: number;
  /** The two absolute figures, for the reader only (never gated). */
  detail: string;
}
const rows: Row[] = [];
const fmtMs = (ms: number) => (ms >= 10 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms >= 0.01 ? ms.toFixed(3) : ms.toExponential(1));
const timeRow = (p: PairedResult, group: string, subject: string, peer: string, goal?: number, gate?: number) =>
  rows.push({
    group,
    subject,
    peer,
    ratio: p.ratio(subject, peer),
    goal,
    gate,
    detail: `${fmtMs(p.medians[p.names.indexOf(subject)]!)} ms / ${fmtMs(p.medians[p.names.indexOf(peer)]!)} ms`,
  });
const rounds = (n: number) => (check ? Math.max(7, Math.round(n / 2)) : n);

// 1. Ranking 10 000 candidates for one interest: the library's three ways against two plain loops that
// score the same objects by the same criteria. The form ranks the same array again and again; a script
// ranks an array once; a server keeps an index.
for (const n of want('ranking') ? [10_000, 100_000] : []) {
  const candidates: PublicInterest[] = generateInterests(n, 42);
  const queries = generateInterests(50, 7);
  const index = createMatchIndex(candidates);
  // The peers must give the same answer, or the comparison means nothing.
  for (const q of queries.slice(0, 5)) {
    const ours = rankMatches(q, index).map((m) => `${m.candidate.id}:${m.score.toFixed(12)}`);
    const theirs = plainSortRank(q, candidates).map((m) => `${m.c.id}:${m.s.toFixed(12)}`);
    const topk = plainTopK(q, candidates).map((m) => `${m.c.id}:${m.s.toFixed(12)}`);
    if (ours.join() !== theirs.join() || ours.join() !== topk.join()) throw new Error('The plain loops rank differently from rankMatches: fix the peer before comparing.');
  }
  let i = 0;
  const next = () => queries[i++ % queries.length]!;
  const group = `ranking ${n.toLocaleString('en')} candidates`;
  const contenders = [
    { name: 'plain scoring loop (score objects, sort)', run: () => plainSortRank(next(), candidates) },
    { name: 'top-k loop', run: () => plainTopK(next(), candidates) },
    { name: 'rankMatches, prebuilt index', run: () => rankMatches(next(), index) },
  ];
  if (n === 10_000) {
    contenders.push(
      { name: 'rankMatches, same array again', run: () => rankMatches(next(), candidates) },
      // A fresh array each call, as a script that loads its candidates and ranks once.
      { name: 'rankMatches, one-off array', run: () => rankMatches(next(), candidates.slice()) },
    );
  }
  const p = paired(contenders, { rounds: rounds(n === 10_000 ? 30 : 14), sampleMs: n === 10_000 ? 30 : 60, warmup: 3 });
  const plain = contenders[0]!.name;
  if (n === 10_000) {
    timeRow(p, group, 'rankMatches, same array again', plain, 1.0, 1.0);
    timeRow(p, group, 'rankMatches, one-off array', plain, 1.5, 2.5);
  }
  timeRow(p, group, 'rankMatches, prebuilt index', plain, undefined, n === 10_000 ? 1 : 0.6);
  timeRow(p, group, 'rankMatches, prebuilt index', 'top-k loop', undefined, n === 10_000 ? 1 : 0.8);
}

// 2. Validation of an agreement with 10 000 organisations: the whole call (schema and rules) against ajv
// checking the same data with the shipped JSON Schema (compiled once, all errors, as the zod side reports all).
if (want('validation')) {
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
  const json = JSON.parse(JSON.stringify(big));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const ajvValidate = ajv.compile(agreementJsonSchema());
  if (!ajvValidate(json)) throw new Error(`ajv refuses the benchmark's agreement: ${JSON.stringify(ajvValidate.errors?.slice(0, 3))}`);
  const p = paired(
    [
      { name: 'ajv, shipped JSON Schema', run: () => ajvValidate(json) },
      { name: 'validateAgreement (schema and rules)', run: () => validateAgreement(json, { today: '2019-05-13' }) },
    ],
    { rounds: rounds(16), sampleMs: 40, warmup: 3 },
  );
  timeRow(p, 'validation, 10 000 organisations', 'validateAgreement (schema and rules)', 'ajv, shipped JSON Schema', 3, 10);
}

// 3. The assignment solver on a dense 300 × 300 matrix against two published solvers, same optimum.
if (want('solver')) {
  const size = 300;
  const random = rng(3);
  // Integer costs: hungarian-on3 wants integers below 2^30 to stay fast.
  const ints = Array.from({ length: size }, () => Array.from({ length: size }, () => Math.floor(random() * 1_000_000)));
  const flat = Float64Array.from(ints.flat());
  const sum = (pairs: Iterable<[number, number]>) => {
    let s = 0;
    for (const [r, c] of pairs) if (c >= 0) s += ints[r]![c]!;
    return s;
  };
  const ours = sum([...assignMinCost(flat, size, size)].map((c, r) => [r, c] as [number, number]));
  const on3 = sum((hungarianOn3(ints) as [number, number][]).map(([r, c]) => [r, c] as [number, number]));
  const lsa = sum([...linearSumAssignment(ints, { maximaze: false }).rowAssignments].map((c, r) => [r, c] as [number, number]));
  if (ours !== on3 || ours !== lsa) throw new Error(`The solvers disagree on the optimum: ${ours}, ${on3}, ${lsa}`);
  const p = paired(
    [
      { name: 'assignMinCost', run: () => assignMinCost(flat, size, size) },
      { name: 'hungarian-on3', run: () => hungarianOn3(ints) },
      { name: 'linear-sum-assignment', run: () => linearSumAssignment(ints, { maximaze: false }) },
    ],
    { rounds: rounds(16), sampleMs: 40, warmup: 3 },
  );
  timeRow(p, 'assignment solver, 300 × 300', 'assignMinCost', 'hungarian-on3', 1, 1.5);
  timeRow(p, 'assignment solver, 300 × 300', 'assignMinCost', 'linear-sum-assignment', 1, 1.5);
}

// 4. The CLI's cold start: a new node process running `samverkan validate malmo` against one running
// nothing. Needs the build (dist/).
if (want('cli')) {
  const bin = `${root}packages/core/bin/samverkan.js`;
  if (!existsSync(`${root}packages/core/dist/cli.js`)) throw new Error('Build the packages first (pnpm run build): the CLI benchmark runs dist/.');
  const node = process.execPath;
  const spawn = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const r = spawnSync(node, args, { stdio: 'ignore', env });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  };
  // `validate malmo` exits 0: the preset has warnings, no errors, so a failure here is a real one.
  const noCache = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
  const p = paired(
    [
      { name: 'node -e 0', run: () => spawn(['-e', '0']) },
      { name: 'samverkan validate malmo', run: () => spawn([bin, 'validate', 'malmo']) },
      { name: 'samverkan validate malmo, compile cache off', run: () => spawn([bin, 'validate', 'malmo'], noCache) },
    ],
    { rounds: rounds(24), sampleMs: 1, warmup: 2 },
  );
  // Gates with room for load: measured 1.6–2.2× (2.0× with both cores held by busy loops) with the
  // cache, 2.3–3.4× without; the start before the bin kept its own cache was 3.0–3.5×.
  timeRow(p, 'CLI cold start (new process)', 'samverkan validate malmo', 'node -e 0', 2, 3);
  timeRow(p, 'CLI cold start (new process)', 'samverkan validate malmo, compile cache off', 'node -e 0', undefined, 5);
}

// 5. Bundle sizes (gzip, what a browser fetches on first load) against a Lit hello-world and Shoelace's
// card, bundled here with the same esbuild settings as our CDN bundles. Sizes do not vary with load.
if (want('bundles')) {
  const elements = `${root}packages/elements/`;
  const metaPath = `${elements}.cdn-meta.json`;
  if (!existsSync(metaPath)) throw new Error('Build the packages first (pnpm run build): the bundle sizes read packages/elements/.cdn-meta.json.');
  const outputs = JSON.parse(readFileSync(metaPath, 'utf8')).outputs as Record<string, { imports: { path: string; kind: string }[] }>;
  const firstLoad = (file: string) => {
    const seen = new Set([file]);
    const stack = [file];
    while (stack.length) for (const imp of outputs[stack.pop()!]!.imports) if (imp.kind === 'import-statement' && !seen.has(imp.path)) seen.add(imp.path), stack.push(imp.path);
    return [...seen].reduce((s, f) => s + gzipSync(readFileSync(`${elements}${f}`)).length, 0);
  };
  const peer = async (contents: string) => {
    const r = await build({
      stdin: { contents, resolveDir: elements, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      legalComments: 'none',
      write: false,
      logLevel: 'error',
    });
    return gzipSync(r.outputFiles[0]!.contents).length;
  };
  const lit = await peer(
    "import { LitElement, html, css } from 'lit'; class HelloWorld extends LitElement { static properties = { name: {} }; static styles = css`:host{display:block}`; name = 'World'; render() { return html`<p>Hello, ${this.name}!</p>`; } } customElements.define('hello-world', HelloWorld);",
  );
  const card = await peer("import '@shoelace-style/shoelace/dist/components/card/card.js';");
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  for (const [name, file] of [
    ['cdn/area-list.js, first load', 'cdn/area-list.js'],
    ['cdn/match-form.js, first load', 'cdn/match-form.js'],
  ] as const) {
    const size = firstLoad(file);
    // The area list's gate follows its size budget (scripts/size.mjs, 18 KB for real headings, parts,
    // theming tokens and the status line): 3× Lit's 5.9 KB sat on the byte, so a chunk's hash flipped it.
    // 3.2× and 2.3× (3.1× and 2.2× before) with the budget's 18.5 KB: long lists in chunks (3.12× and 2.24× measured).
    rows.push({ group: 'bundle size (gzip)', subject: name, peer: 'Lit hello-world', ratio: size / lit, gate: name.includes('area') ? 3.2 : 4.5, detail: `${kb(size)} / ${kb(lit)}` });
    rows.push({ group: 'bundle size (gzip)', subject: name, peer: 'Shoelace sl-card', ratio: size / card, gate: name.includes('area') ? 2.3 : 3.2, detail: `${kb(size)} / ${kb(card)}` });
  }
}

// 6. <samverkan-area-list> in headless Chromium with the CPU slowed 4× (packages/elements/scripts/bench-area-list.mjs),
// against a plain Lit `repeat` list of the same areas in the same page, interleaved. Needs the build (cdn/).
// --check measures the long list with 2 000 areas (the plain list takes over a minute for 10 000 at 4×).
let browserNote = '';
if (want('browser')) {
  const args = [`${root}packages/elements/scripts/bench-area-list.mjs`, ...(check ? ['--quick', '--long=2000'] : [])];
  const run = () => spawnSync(process.execPath, args, { cwd: `${root}packages/elements`, encoding: 'utf8' });
  let r = run();
  // A renderer that Chromium loses on a crowded machine (puppeteer's TargetCloseError) says nothing of
  // the list: that run is made once more. Any other failure, or a second crash, fails the bench.
  if (r.status !== 0 && /TargetCloseError|Target closed/.test(r.stderr)) {
    console.error(`The area list's browser benchmark lost its page (${r.stderr.trim().split('\n')[0]}); running it again.`);
    r = run();
  }
  if (r.status !== 0) throw new Error(`The area list's browser benchmark failed: ${r.stderr}`);
  type Side = { n: number; rounds: number; first: number; all: number; longest: number; peerAll: number; peerLongest: number; ratioFirst: number; ratioAll: number; ratioLongest: number };
  const b = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { throttle: number; chromium: string; short: Side; long: Side };
  const peer = 'plain Lit list (repeat)';
  for (const [x, gates] of [
    [b.short, { first: 0.5, all: 2.5, longest: 0.5 }],
    [b.long, { all: 3, longest: 0.3 }],
  ] as const) {
    const group = `area list in Chromium, ${x.n.toLocaleString('en')} areas, CPU ${b.throttle}× slower`;
    if ('first' in gates) rows.push({ group, subject: '`<samverkan-area-list>`, first areas painted', peer: `${peer}, all painted`, ratio: x.ratioFirst, goalMs: { ms: x.first, goal: 100 }, gate: gates.first, detail: `${fmtMs(x.first)} ms / ${fmtMs(x.peerAll)} ms` });
    rows.push({ group, subject: '`<samverkan-area-list>`, all areas painted', peer: `${peer}, all painted`, ratio: x.ratioAll, gate: gates.all, detail: `${fmtMs(x.all)} ms / ${fmtMs(x.peerAll)} ms` });
    rows.push({ group, subject: '`<samverkan-area-list>`, longest task', peer: `${peer}, longest task`, ratio: x.ratioLongest, gate: gates.longest, detail: `${fmtMs(x.longest)} ms / ${fmtMs(x.peerLongest)} ms` });
  }
  const s = b.short;
  const l = b.long;
  browserNote = `- **The area list in Chromium** (${b.chromium}, CPU ${b.throttle}× slower, medians of ${s.rounds} rounds for ${s.n} areas and ${l.rounds} for ${l.n.toLocaleString('en')}): with ${s.n} areas the first areas were painted after ${fmtMs(s.first)} ms and all ${s.n} after ${fmtMs(s.all)} ms. Issue 17's goal, ${s.n} areas rendered within 100 ms, ${s.first <= 100 ? 'is met' : 'is not met'} for the first paint (the heading, the filters and the first two areas; the rest follow in chunks, the page answering between them) and ${s.all <= 100 ? 'is met' : 'would not be met'} for all ${s.n} at once on this machine at this load; the plain list painted nothing until all ${s.n} after ${fmtMs(s.peerAll)} ms. ${l.n.toLocaleString('en')} areas were all in the page after ${fmtMs(l.all)} ms, the longest task meanwhile ${fmtMs(l.longest)} ms; the plain list froze the page for ${fmtMs(l.peerLongest)} ms.`;
}

load.after = loadavg();
const status = (r: Row) => (r.goalMs ? (r.goalMs.ms <= r.goalMs.goal ? 'met' : 'not met') : r.goal === undefined ? '' : r.ratio <= r.goal ? 'met' : 'not met');
const goalCell = (r: Row) => (r.goalMs ? `≤ ${r.goalMs.goal} ms` : r.goal === undefined ? '' : `≤ ${r.goal}×`);
const table = [
  '| group | subject | peer (same run) | ratio | goal | | CI gate | subject / peer |',
  '|---|---|---|--:|--:|---|--:|--:|',
  ...rows.map((r) => `| ${r.group} | ${r.subject} | ${r.peer} | ${r.ratio.toFixed(2)}× | ${goalCell(r)} | ${status(r)} | ${r.gate === undefined ? '' : `≤ ${r.gate}×`} | ${r.detail} |`),
].join('\n');
const machine = `${cpus().length} cores (${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), Node ${process.version}`;
const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
console.log(`${machine}; load average (1/5/15 min) ${fmtLoad(load.before)} before, ${fmtLoad(load.after)} after\n`);
console.log(table);

if (check) {
  const over = rows.filter((r) => r.gate !== undefined && r.ratio > r.gate);
  if (over.length) {
    console.error(`\nRatios over their gate: ${over.map((r) => `${r.subject} vs ${r.peer} ${r.ratio.toFixed(2)}× > ${r.gate}×`).join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nEvery ratio is within its gate (${rows.filter((r) => r.gate !== undefined).length} gated).`);
  }
} else if (!only) {
  const docs = `${root}docs/benchmarks.md`;
  const old = existsSync(docs) ? readFileSync(docs, 'utf8') : '';
  // The load test's section is written by examples/receiver's own benchmark: keep it as it is.
  const loadSection = /<!-- load:start -->[\s\S]*?<!-- load:end -->/.exec(old)?.[0];
  writeFileSync(docs, render(loadSection));
}

function render(loadSection: string | undefined): string {
  return `# Benchmarks

Measured with \`pnpm run bench\` (packages/core/bench/run.ts) on ${new Date().toISOString().slice(0, 10)}, on
${machine}, with a load average (1/5/15 min) of ${fmtLoad(load.before)} when it started and ${fmtLoad(load.after)}
when it ended. The machine is shared, so absolute times are given for the reader only.

**Every figure is a ratio to a peer measured in the same run.** The subject and its peer run in the same
rounds, interleaved with their order rotated, each sample long enough for the clock (bench/paired.ts); a
round gives one ratio, and the table shows the median over the rounds. Load slows both sides of a round
alike, so the ratio holds where the absolute times do not. The data is generated deterministically
(packages/core/test/generate.ts): interests on Malmö's areas, target groups, districts and forms.

${table}

- **ratio** is the subject's time (or size) divided by its peer's: below 1× the subject is faster (smaller).
  **goal** is what issue 17 asks for: a ratio, or for the area list's first paint a time (100 ms), judged
  in this table and not in CI; **CI gate** is the ratio above which \`--check\` fails.
- **Ranking** peers (bench/plain-rank.ts) score the same plain objects by the same criteria and weights and
  return the same ids and scores (checked before timing): the *plain scoring loop* scores every
  candidate and sorts them, the *top-k loop* keeps the best ten as it goes. *Same array again* passes
  the same array on every call, as the form does on each "show matches"; *one-off array* a new array
  each call; *prebuilt index* a \`createMatchIndex\` index, as a server that loads its candidates once.
- **Validation** is \`validateAgreement\` (the zod schema and every rule) against ajv 8 (draft 2020-12,
  all errors, ajv-formats) checking the same JSON with the JSON Schema the package ships, compiled once.
  The organisations are read by a parser written ahead of time from the zod schema
  (src/agreement/agreement-parsers.generated.ts: plain code, nothing compiled at run time), used only
  while the schema is the one it was written from. A name or title (zod's \`trim\` then \`minLength\`) is
  trimmed and measured without a call into zod's checks where that gives zod's answer. This ratio moves more than the others:
  ajv takes about 6 ms in one process and 12–15 ms in another, on the same input. In eleven separate
  runs of \`--only=validation\` on 2026-12-02, six on a nearly idle machine, three with one core held by
  a busy loop and two with both, it was 1.68–2.71× (before that day's changes 2.09–3.08× idle).
- **Assignment** is the project's Hungarian solver (packages/core/src/_lib/hungarian.ts) against
  hungarian-on3 and linear-sum-assignment on the same integer 300 × 300 matrix; all three reach the same
  optimum (checked).
- **CLI cold start** is a new \`node\` process running \`samverkan validate malmo\` (bin/samverkan.js, which
  runs one bundled script: for \`validate\` as the first argument dist/cli-validate.js, the CLI built for
  that command alone, without the other commands' code and schemas; else dist/cli.js) against one
  running \`node -e 0\`. In the same eleven runs it was 1.48–1.79×. The bin compiles the script
  with \`vm.Script\` and keeps V8's code cache of everything a run compiled, one per command, in Node's
  compile cache folder (Node 22.1+), so a start after the first compiles next to nothing. The cache is
  written after the first run and once more after the first run from it, which compiles what V8 left out
  of the first (both are among the bench's warm-up runs; the timed starts only read it). The bundle
  writes the built-in languages' long dates from forms read from Intl when it was built (the first
  \`Intl.DateTimeFormat\` costs V8 its list of every locale), makes each section of a language's pack
  only when first read (\`validate\` in Swedish runs the issues' and the CLI's wording, not the editor's
  or the report's), reads its command line without loading Node's \`parseArgs\`, and reaches Node's
  modules without ES module facades. The Malmö preset is in the bundle as its data, read by one
  \`JSON.parse\` (the build checks it is the preset, key for key), rather than built by the preset's
  module at each start; the run still validates it in full, schema and rules, every time. The bundle is
  Latin-1 text, which V8 holds one byte a character. The second row is a start without any code cache
  (\`NODE_DISABLE_COMPILE_CACHE=1\`), as on a Node without the compile cache.
- **Bundle sizes** add the gzip sizes of a CDN bundle and the chunks it imports statically (its first
  load), against a Lit hello-world and Shoelace's \`sl-card\` (@shoelace-style/shoelace 2.20.1), each
  bundled here by esbuild, minified.
- **The area list in Chromium** is the CDN bundle (cdn/area-list.js) in headless Chromium with the CPU
  slowed through the DevTools protocol (\`Emulation.setCPUThrottlingRate\`), timed in the page from adding
  the element until its first areas, and until all, are in the DOM and painted (the task after the next
  frame), against a plain Lit element that renders the same areas with \`repeat\` (name, description,
  phase, start, hosts, collaborations, a button) in the same page, the two alternating. The longest task
  is the longest entry of a \`PerformanceObserver\` for \`longtask\` while the list fills: a task is what
  keeps a page from answering input. The area list puts a long list into the page a chunk per task of
  about 40 ms (under the 50 ms of a long task) and lays out only the areas near the screen
  (\`content-visibility: auto\`); a list of more than 120 areas stands in groups of 120 that are skipped
  whole while off screen, so the layout between chunks does not grow with the list. Every area ends up in the DOM, where find-in-page reaches it; the
  areas are counted in the list and in its groups alike. A screen reader gets one list with every area's
  place in it; the areas of a group not yet drawn join the accessibility tree when it is drawn.
  Issue 17's 100 ms for the first paint is a time, not a ratio, so it moves with the machine: on
  2026-12-02 the medians of separate runs were 45–73 ms on a nearly idle machine, and 158 ms in one run
  with one core held by a busy loop, where the plain list slowed too, from about 2 000 to 3 057 ms.
${browserNote}
- The rows marked *not met* are measured and still above their goal.

## The gate in CI

\`scripts/test.mjs\` runs \`pnpm run bench -- --check\` with fewer rounds; it compares only the ratios above,
never an absolute time, and fails when one is over its gate. The gates sit well above the measured
ratios — wide enough that a machine with both cores held by other processes does not flip them (tried:
\`--check\` with two \`node -e 'for(;;){}'\` processes running passed) — so they catch a change of
scale (an index rebuilt per call again, a solver gone quadratic in the wrong place, a bundle that
doubles), not a few per cent.
${loadSection ? `\n${loadSection}\n` : ''}`;
}
