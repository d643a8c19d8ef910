#!/usr/bin/env node
// A load test (not a unit test: its figures depend on the machine). It starts the receiver as its own
// process on loopback, for each store, and sends it valid interests from 50 and then 200 concurrent
// clients for a bounded time; every fifth request repeats the client's previous key, as a retry would.
// Then it reads the store back through the coordinators' list and counts lost records (answered 201 but
// not listed) and duplicated ones (a key listed twice). It prints throughput and p50/p99 latency, and with
// --write puts them in docs/benchmarks.md between <!-- load:start --> and <!-- load:end -->.
//
// With --baseline REV it also runs the receiver as it was at that git revision (file store), in the same
// run, so the figures compare side by side on however busy a machine.
//
// Usage: node examples/receiver/load.mjs [--seconds 10] [--clients 50,200] [--stores file,postgres] [--baseline REV] [--write]
// PostgreSQL: DATABASE_URL, or a throwaway cluster started with scripts/postgres.sh (see test/postgres.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { freshDatabase, postgres } from './test/postgres.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('--seconds', 10));
const clientCounts = arg('--clients', '50,200').split(',').map(Number);
const storeNames = arg('--stores', 'file,postgres').split(',');
const write = process.argv.includes('--write');
const baseline = arg('--baseline', undefined);
if (baseline) storeNames.unshift('baseline');
const TOKEN = 'load-test-token-0123456789abcdef';

const interest = (n) => ({
  id: `last-${n}`,
  stated: { kind: 'new-organisation', name: `Förening nummer ${n}`, legalForm: 'non-profit-association' },
  areas: ['ungas-halsa-och-livsstil'],
  targetGroups: ['unga'],
  districts: ['rosengard'],
  offers: ['volunteers'],
  consent: { matching: true, listing: true },
  contact: { name: 'Anna Andersson', email: 'anna@example.org' },
  description: 'Läxhjälp två kvällar i veckan för elever på högstadiet.',
});

/** A port free on loopback now (the baseline's receiver does not say which port it got for --port 0). */
async function freePort() {
  const probe = createServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address();
  await new Promise((r) => probe.close(r));
  return port;
}

/** Starts `node server.mjs` with this environment; resolves once it listens. */
async function startReceiver(env, args, script = new URL('./server.mjs', import.meta.url).pathname) {
  const port = await freePort();
  const child = spawn(process.execPath, [script, '--port', String(port), ...args], {
    env: { ...process.env, HOST: '127.0.0.1', RECEIVER_TOKEN: TOKEN, RECEIVER_RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/localhost:\d+\//.test(out)) resolve({ child, port });
    });
    child.on('exit', (code) => reject(new Error(`the receiver exited with ${code}: ${out}`)));
  });
}

function send(agent, port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(store, clients, env, args, script) {
  const receiver = await startReceiver(env, args, script);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const acknowledged = new Map(); // key → id
  const latencies = [];
  const statuses = {};
  let sequence = 0;
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  const client = async (c) => {
    let previous;
    for (let i = 0; performance.now() < until; i++) {
      const retry = previous && i % 5 === 4;
      const item = retry ? previous : { key: `load-${clients}-${c}-${i}`, body: JSON.stringify(interest(sequence++)) };
      const started = performance.now();
      try {
        const res = await send(agent, receiver.port, 'POST', '/api/interests', { 'Content-Type': 'application/json', 'Idempotency-Key': item.key, 'Samverkan-Fill-Seconds': '30' }, item.body);
        latencies.push(performance.now() - started);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 201) acknowledged.set(item.key, JSON.parse(res.text).id);
        if (res.status === 200 && acknowledged.get(item.key) !== JSON.parse(res.text).id) failures++;
      } catch {
        failures++;
      }
      previous = item;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const elapsed = (performance.now() - started) / 1000;
  // Read back what the store kept, through the coordinators' list.
  const listed = JSON.parse((await send(agent, receiver.port, 'GET', '/api/interests', { Authorization: `Bearer ${TOKEN}` })).text).submissions;
  agent.destroy();
  receiver.child.kill('SIGTERM');
  await new Promise((r) => (receiver.child.exitCode === null ? receiver.child.once('exit', r) : r()));
  const perKey = new Map();
  for (const s of listed) perKey.set(s.key, [...(perKey.get(s.key) ?? []), s.id]);
  const lost = [...acknowledged].filter(([key, id]) => !(perKey.get(key) ?? []).includes(id)).length;
  const duplicated = [...perKey.values()].filter((ids) => ids.length > 1).length;
  latencies.sort((a, b) => a - b);
  return {
    store,
    clients,
    seconds: elapsed,
    requests: latencies.length,
    stored: acknowledged.size,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    lost,
    duplicated,
    failures,
    statuses,
  };
}

const results = [];
const cleanups = [];
let server;
try {
  for (const store of storeNames) {
    for (const clients of clientCounts) {
      let env;
      let args = [];
      let script;
      if (store === 'baseline') {
        // The receiver's files at that revision, beside a link to today's node_modules.
        const dir = mkdtempSync(join(tmpdir(), 'receiver-baseline-'));
        cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
        const repo = new URL('../..', import.meta.url).pathname;
        for (const file of ['server.mjs', 'store.mjs']) {
          writeFileSync(join(dir, file), execFileSync('git', ['show', `${baseline}:examples/receiver/${file}`], { cwd: repo }));
        }
        symlinkSync(new URL('./node_modules', import.meta.url).pathname, join(dir, 'node_modules'), 'dir');
        script = join(dir, 'server.mjs');
        env = { DATABASE_URL: '' };
        args = ['--data', join(dir, 'data', 'interests.jsonl')];
      } else if (store === 'file') {
        const dir = mkdtempSync(join(tmpdir(), 'receiver-load-'));
        cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
        env = { DATABASE_URL: '' };
        args = ['--data', join(dir, 'interests.jsonl')];
      } else {
        if (!server) {
          server = await postgres();
          if ('skip' in server) throw new Error(`PostgreSQL: ${server.skip}`);
          const started = server;
          cleanups.push(() => started.stop());
        }
        const db = await freshDatabase(server.url);
        cleanups.push(() => db.drop());
        env = { DATABASE_URL: db.url };
      }
      const r = await run(store, clients, env, args, script);
      results.push(r);
      console.log(
        `${store.padEnd(8)} ${String(clients).padStart(3)} clients, ${r.seconds.toFixed(1)} s: ${r.requests} requests (${r.perSecond.toFixed(0)}/s), ` +
          `${r.stored} stored; p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms; lost ${r.lost}, duplicated ${r.duplicated}, failed ${r.failures}; answers ${JSON.stringify(r.statuses)}`,
      );
    }
  }
} finally {
  for (const clean of cleanups.reverse()) await clean();
}

if (write) {
  const file = new URL('../../docs/benchmarks.md', import.meta.url).pathname;
  const cpu = cpus();
  const rows = results.map(
    (r) =>
      `| ${r.store === 'file' ? 'JSON-lines file' : r.store === 'baseline' ? `JSON-lines file, before (${baseline.slice(0, 7)})` : 'PostgreSQL'} | ${r.clients} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${r.stored} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.lost} | ${r.duplicated} |`,
  );
  const at200 = results.filter((r) => r.clients === 200 && r.store !== 'baseline').map((r) => `${r.store === 'file' ? 'file' : 'PostgreSQL'} ${r.p99.toFixed(0)} ms`);
  const section = `<!-- load:start -->
## The receiver under load

\`node examples/receiver/load.mjs --write${baseline ? ` --baseline ${baseline}` : ''}\`: the receiver (\`examples/receiver/server.mjs\`) as its
own process on loopback, its rate limit off, each store in turn; for ${seconds} s at a time, 50 and then 200
concurrent clients each send valid interests one after another, every fifth request a retry of the
client's previous key. Lost: answered 201 but not in the store when it is read back; duplicated: a key
kept twice. Latency is a POST's, from the client's side, the load generator running on the same machine.
${
    baseline
      ? `The "before" rows are the receiver at ${baseline.slice(0, 7)} (one synchronous \`fsync\` per record on the
event loop, no limits), run in the same run: compare rows side by side, not with figures from another day.
`
      : ''
  }
| store | clients | requests | per second | stored (201) | p50 | p99 | lost | duplicated |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Lost or duplicated: ${results.reduce((n, r) => n + r.lost + r.duplicated, 0)}. p99 at 200 clients: ${at200.join(', ')} (the goal: well under 1 200 ms).
Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the end (other work shared the machine). Every acknowledged submission is fsynced
(file) or committed (PostgreSQL, \`fsync=on\`) before its 201.
<!-- load:end -->`;
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- load:start -->');
  const end = text.indexOf('<!-- load:end -->');
  const next = start >= 0 && end > start ? text.slice(0, start) + section + text.slice(end + '<!-- load:end -->'.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(`Written to ${file}`);
}

const bad = results.filter((r) => r.lost > 0 || r.duplicated > 0 || r.failures > 0);
if (bad.length) {
  console.error('Lost, duplicated or failed requests: see above.');
  process.exitCode = 1;
}
