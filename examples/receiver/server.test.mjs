// The receiver keeps every accepted interest exactly once, however often a client sends it, refuses what
// its schema refuses, and bounds what any one client may cost it. Every test runs against both stores:
// the JSON-lines file and PostgreSQL (see test/postgres.mjs for where the database comes from).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createReceiver } from './server.mjs';
import { StorageError } from './store.mjs';
import { freshDatabase, freshTable, postgres } from './test/postgres.mjs';

const interest = {
  id: 'laxhjalpen',
  stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård', legalForm: 'non-profit-association' },
  areas: ['ungas-halsa-och-livsstil'],
  targetGroups: ['unga'],
  districts: ['rosengard'],
  consent: { matching: true, listing: true },
  contact: { name: 'Anna Andersson', email: 'anna@example.org' },
};

const TOKEN = 'koordinator-hemlighet-0123456789';
const dirs = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const headers = (key, extra = {}) => ({ 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Samverkan-Fill-Seconds': '12.5', ...extra });
const post = (base, body, key, extra) =>
  fetch(`${base}/api/interests`, { method: 'POST', headers: headers(key, extra), body: typeof body === 'string' ? body : JSON.stringify(body) });
const list = async (base) => (await (await fetch(`${base}/api/interests`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()).submissions;

/** A client as the form is: one key per submission, retried on 5xx, 429 and network errors with backoff. */
async function submitWithRetries(base, body, key, attempts = 5) {
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await post(base, body, key);
      if (res.status < 500 && res.status !== 429) return res;
    } catch {
      // a network error: retry
    }
    await new Promise((r) => setTimeout(r, 20 * 2 ** i));
  }
  throw new Error('gave up');
}

const stores = [
  {
    name: 'the JSON-lines file',
    async setup() {
      return {
        options() {
          const dir = mkdtempSync(join(tmpdir(), 'receiver-'));
          dirs.push(dir);
          return { dataFile: join(dir, 'interests.jsonl') };
        },
        async teardown() {},
      };
    },
  },
  {
    name: 'PostgreSQL',
    async setup() {
      const db = await postgres();
      if ('skip' in db) return db;
      return { url: db.url, options: () => ({ databaseUrl: db.url, table: freshTable() }), teardown: async () => db.stop() };
    },
  },
];

for (const kind of stores) {
  describe(`with ${kind.name}`, () => {
    let env;
    before(async () => {
      env = await kind.setup();
    });
    after(async () => {
      await env?.teardown?.();
    });

    /** A receiver on a port of its own; `options` are createReceiver's; `same` reopens an earlier one's store. */
    async function start(options = {}, same) {
      const storeOptions = same ?? env.options();
      const receiver = createReceiver({ ...storeOptions, token: TOKEN, ...options });
      await receiver.ready;
      await new Promise((r) => receiver.server.listen(0, '127.0.0.1', r));
      return { ...receiver, storeOptions, base: `http://127.0.0.1:${receiver.server.address().port}` };
    }
    const it = (name, fn) =>
      test(name, async (t) => {
        if ('skip' in env) return t.skip(env.skip);
        await fn();
      });

    it('the same submission sent three times, the first refused with 503, is stored exactly once', async () => {
      const r = await start({ failFirst: 1 });
      try {
        const key = 'submission-0001';
        const first = await submitWithRetries(r.base, interest, key); // 503, then 201
        assert.equal(first.status, 201);
        const second = await submitWithRetries(r.base, interest, key); // a double click
        const third = await submitWithRetries(r.base, interest, key); // a retry after a lost answer
        assert.deepEqual([second.status, third.status], [200, 200]);
        const ids = [(await first.json()).id, (await second.json()).id, (await third.json()).id];
        assert.equal(new Set(ids).size, 1);
        const kept = await list(r.base);
        assert.equal(kept.length, 1);
        assert.equal(kept[0].interest.stated.name, 'Läxhjälpen i Rosengård');
      } finally {
        await r.close();
      }
    });

    it('a stored submission survives a restart, and its key is still known', async () => {
      const r = await start();
      assert.equal((await post(r.base, interest, 'submission-0002')).status, 201);
      await r.close();
      const again = await start({}, r.storeOptions);
      try {
        const res = await post(again.base, interest, 'submission-0002');
        assert.equal(res.status, 200);
        assert.equal((await list(again.base)).length, 1);
      } finally {
        await again.close();
      }
    });

    it('the same key with another body is refused with 422, and the first body is kept', async () => {
      const r = await start();
      try {
        assert.equal((await post(r.base, interest, 'submission-reuse')).status, 201);
        const other = await post(r.base, { ...interest, description: 'Något annat' }, 'submission-reuse');
        assert.equal(other.status, 422);
        assert.equal((await other.json()).error, 'idempotency_key_reused');
        const kept = await list(r.base);
        assert.equal(kept.length, 1);
        assert.equal(kept[0].interest.description, undefined);
      } finally {
        await r.close();
      }
    });

    it('twenty submissions at once, each sent five times at once, are stored once each', async () => {
      const r = await start({ rateLimit: false });
      try {
        const sends = [];
        for (let n = 0; n < 20; n++) for (let copy = 0; copy < 5; copy++) sends.push(post(r.base, { ...interest, id: `anmalan-${n}` }, `concurrent-${n}`));
        const statuses = (await Promise.all(sends)).map((res) => res.status);
        assert.equal(statuses.filter((s) => s === 201).length, 20);
        assert.equal(statuses.filter((s) => s === 200).length, 80);
        const kept = await list(r.base);
        assert.deepEqual(kept.map((s) => s.interest.id).sort(), Array.from({ length: 20 }, (_, n) => `anmalan-${n}`).sort());
      } finally {
        await r.close();
      }
    });

    it('an interest the schema refuses gets 400 with the issues in Swedish, and nothing is stored', async () => {
      const r = await start();
      try {
        const res = await post(r.base, { ...interest, areas: [], contact: { name: 'Anna', email: 'inte-en-adress' } }, 'submission-0003');
        assert.equal(res.status, 400);
        const body = await res.json();
        assert.equal(body.error, 'invalid');
        assert.equal(body.total, 2);
        assert.deepEqual(body.issues.map((i) => i.path.join('.')).sort(), ['areas', 'contact.email']);
        assert.match(body.issues.find((i) => i.code === 'too_few').message, /minst 1/);
        assert.equal((await list(r.base)).length, 0);
      } finally {
        await r.close();
      }
    });

    it('a 5 000-character name is refused by the server', async () => {
      const r = await start();
      try {
        const res = await post(r.base, { ...interest, stated: { kind: 'new-organisation', name: 'L'.repeat(5000) } }, 'submission-long');
        assert.equal(res.status, 400);
        const text = await res.text();
        assert.ok(text.length < 1_000, `a reply of ${text.length} characters`);
        const body = JSON.parse(text);
        assert.deepEqual(body.issues.map((i) => [i.code, i.path.join('.')]), [['too_big', 'stated.name']]);
        assert.equal((await list(r.base)).length, 0);
      } finally {
        await r.close();
      }
    });

    it('a body of 6 000 unknown keys gets a small reply: the first 20 issues and how many there were', async () => {
      const r = await start();
      try {
        const body = { ...interest };
        for (let i = 0; i < 6000; i++) body[`k${i}`] = 1;
        const res = await post(r.base, body, 'submission-keys');
        assert.equal(res.status, 400);
        const text = await res.text();
        assert.ok(text.length < 8_000, `a reply of ${text.length} characters`);
        const reply = JSON.parse(text);
        assert.equal(reply.total, 6000);
        assert.equal(reply.issues.length, 20);
        assert.equal(reply.issues[0].code, 'unknown_field');
      } finally {
        await r.close();
      }
    });

    it('a missing key, a content type other than application/json, broken JSON or invalid UTF-8 is refused', async () => {
      const r = await start();
      try {
        const noKey = await fetch(`${r.base}/api/interests`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(interest) });
        assert.equal(noKey.status, 400);
        assert.equal((await noKey.json()).error, 'idempotency_key');
        for (const type of ['text/plain', 'application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1']) {
          const res = await post(r.base, interest, 'submission-0004', { 'Content-Type': type });
          assert.equal(res.status, 415, type);
        }
        assert.equal((await post(r.base, interest, 'submission-0009', { 'Content-Type': 'Application/JSON; charset=UTF-8' })).status, 201);
        const broken = await post(r.base, '{ "id": ', 'submission-0005');
        assert.equal(broken.status, 400);
        assert.equal((await broken.json()).error, 'invalid_json');
        // "Läxhjälpen" with its ä as one Latin-1 byte: not UTF-8, and not to be kept as U+FFFD.
        const latin1 = Buffer.from(JSON.stringify({ ...interest, stated: { kind: 'new-organisation', name: 'Läxhjälpen' } }), 'latin1');
        const invalid = await fetch(`${r.base}/api/interests`, { method: 'POST', headers: headers('submission-0006'), body: latin1 });
        assert.equal(invalid.status, 400);
        assert.equal((await invalid.json()).error, 'invalid_utf8');
        assert.equal((await list(r.base)).length, 1);
      } finally {
        await r.close();
      }
    });

    it('checks the form’s honeypot and minimum fill time again: a robot is told 202 and nothing is kept; a hasty form is refused', async () => {
      const r = await start();
      try {
        const robot = await post(r.base, interest, 'submission-robot', { 'Samverkan-Honeypot': 'https://spam.example' });
        assert.equal(robot.status, 202);
        const hasty = await post(r.base, interest, 'submission-hasty', { 'Samverkan-Fill-Seconds': '0.4' });
        assert.equal(hasty.status, 400);
        assert.equal((await hasty.json()).error, 'too_fast');
        const noTime = await fetch(`${r.base}/api/interests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'submission-notime' }, body: JSON.stringify(interest) });
        assert.equal(noTime.status, 400);
        assert.equal((await list(r.base)).length, 0);
      } finally {
        await r.close();
      }
    });

    it('limits each client with a token bucket: past it, 429 with Retry-After, and nothing more is kept', async () => {
      const r = await start({ rateLimit: { capacity: 3, perSecond: 1 / 60 } });
      try {
        const statuses = [];
        let retryAfter;
        for (let n = 0; n < 5; n++) {
          const res = await post(r.base, { ...interest, id: `anmalan-${n}` }, `limited-${n}`);
          statuses.push(res.status);
          if (res.status === 429) retryAfter = Number(res.headers.get('retry-after'));
        }
        assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
        assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
        assert.equal((await list(r.base)).length, 3);
      } finally {
        await r.close();
      }
    });

    it('answers a body that does not arrive within its deadline with 408', async () => {
      const r = await start({ bodyTimeoutMs: 200 });
      try {
        const { port } = r.server.address();
        const status = await new Promise((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, path: '/api/interests', method: 'POST', headers: { ...headers('submission-slow'), 'Content-Length': '1000' } }, (res) => {
            res.resume();
            resolve(res.statusCode);
          });
          req.on('error', reject);
          req.write('{"id": "laxhj'); // and never the rest
        });
        assert.equal(status, 408);
        assert.equal(r.server.headersTimeout, 10_000);
        assert.equal(r.server.requestTimeout, 30_000);
      } finally {
        r.server.closeAllConnections();
        await r.close();
      }
    });

    it('refuses new submissions with 507 and Retry-After when the store cannot keep them, and says so', async () => {
      const failing = {
        async find() {},
        async insert() {
          throw new StorageError('disk full', { status: 507, retryAfterSeconds: 30 });
        },
        async *list() {},
        async close() {},
      };
      const r = await start({ store: failing });
      try {
        const res = await post(r.base, interest, 'submission-full');
        assert.equal(res.status, 507);
        assert.equal(res.headers.get('retry-after'), '30');
        assert.equal((await res.json()).error, 'storage');
      } finally {
        await r.close();
      }
    });

    it('lets a form on an allowed origin post (CORS), and no other origin', async () => {
      const r = await start({ allowedOrigins: ['https://www.example.se'] });
      try {
        const preflight = await fetch(`${r.base}/api/interests`, {
          method: 'OPTIONS',
          headers: { Origin: 'https://www.example.se', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key, samverkan-fill-seconds' },
        });
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://www.example.se');
        assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
        assert.match(preflight.headers.get('access-control-allow-headers'), /Samverkan-Fill-Seconds/);
        const sent = await post(r.base, interest, 'submission-cors', { Origin: 'https://www.example.se' });
        assert.equal(sent.status, 201);
        assert.equal(sent.headers.get('access-control-allow-origin'), 'https://www.example.se');
        assert.match(sent.headers.get('access-control-expose-headers'), /Retry-After/);
        const stranger = await fetch(`${r.base}/api/interests`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
        assert.equal(stranger.status, 403);
        assert.equal(stranger.headers.get('access-control-allow-origin'), null);
      } finally {
        await r.close();
      }
    });

    it('lists the submissions, contacts included, only for a coordinator with the token', async () => {
      const r = await start();
      try {
        await post(r.base, interest, 'submission-0006');
        assert.equal((await fetch(`${r.base}/api/interests`)).status, 401);
        assert.equal((await fetch(`${r.base}/api/interests`, { headers: { Authorization: 'Bearer fel' } })).status, 401);
        const submissions = await list(r.base);
        assert.equal(submissions.length, 1);
        assert.equal(submissions[0].interest.contact.email, 'anna@example.org');
      } finally {
        await r.close();
      }
    });

    it('throttles failed token checks: after five wrong tokens even the right one waits (429)', async () => {
      const r = await start();
      try {
        const statuses = [];
        for (let n = 0; n < 7; n++) statuses.push((await fetch(`${r.base}/api/interests`, { headers: { Authorization: `Bearer gissning-${n}` } })).status);
        assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
        const right = await fetch(`${r.base}/api/interests`, { headers: { Authorization: `Bearer ${TOKEN}` } });
        assert.equal(right.status, 429);
        assert.ok(Number(right.headers.get('retry-after')) >= 1);
      } finally {
        await r.close();
      }
    });

    it('without a token the list is not served at all', async () => {
      const r = await start({ token: '' });
      try {
        assert.equal((await fetch(`${r.base}/api/interests`, { headers: { Authorization: 'Bearer ' } })).status, 401);
      } finally {
        await r.close();
      }
    });
  });
}

/** Starts `node server.mjs` with this environment; resolves with its base URL once it listens. */
function spawnReceiver(env) {
  const child = spawn(process.execPath, [new URL('./server.mjs', import.meta.url).pathname, '--port', '0'], {
    env: { ...process.env, HOST: '127.0.0.1', RECEIVER_RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /localhost:(\d+)\//.exec(out)?.[1];
      if (port) resolve({ child, base: `http://127.0.0.1:${port}` });
    });
    child.on('exit', (code) => reject(new Error(`the receiver exited with ${code}: ${out}`)));
  });
}

describe('two receiver processes on one PostgreSQL database', () => {
  let db;
  before(async () => {
    db = await postgres();
  });
  after(() => db?.stop?.());

  test('the same key sent to both at once is stored exactly once, and both answer with its id', async (t) => {
    if ('skip' in db) return t.skip(db.skip);
    const fresh = await freshDatabase(db.url);
    const both = await Promise.all([spawnReceiver({ DATABASE_URL: fresh.url, RECEIVER_TOKEN: TOKEN }), spawnReceiver({ DATABASE_URL: fresh.url, RECEIVER_TOKEN: TOKEN })]);
    try {
      for (let n = 0; n < 10; n++) {
        const key = `two-processes-${n}`;
        const answers = await Promise.all(both.flatMap(({ base }) => [post(base, { ...interest, id: `anmalan-${n}` }, key), post(base, { ...interest, id: `anmalan-${n}` }, key)]));
        const statuses = answers.map((a) => a.status).sort();
        assert.deepEqual(statuses, [200, 200, 200, 201], `key ${key}`);
        assert.equal(new Set(await Promise.all(answers.map(async (a) => (await a.json()).id))).size, 1);
      }
      const kept = await list(both[0].base);
      assert.equal(kept.length, 10);
      assert.deepEqual(await list(both[1].base), kept);
    } finally {
      for (const { child } of both) child.kill('SIGTERM');
      await Promise.all(both.map(({ child }) => new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r()))));
      await fresh.drop();
    }
  });
});
