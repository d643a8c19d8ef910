// The receiver keeps every accepted interest exactly once, however often a client sends it, and refuses
// what its schema refuses.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createReceiver } from './server.mjs';

const interest = {
  id: 'laxhjalpen',
  stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård', legalForm: 'non-profit-association' },
  areas: ['ungas-halsa-och-livsstil'],
  targetGroups: ['unga'],
  districts: ['rosengard'],
  consent: { matching: true, listing: true },
  contact: { name: 'Anna Andersson', email: 'anna@example.org' },
};

async function start(options = {}) {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'receiver-')), 'interests.jsonl');
  const receiver = createReceiver({ dataFile, token: 'koordinator-hemlighet', ...options });
  await new Promise((r) => receiver.server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${receiver.server.address().port}`;
  return { ...receiver, base, dataFile, close: () => new Promise((r) => receiver.server.close(r)) };
}

const post = (base, body, key) =>
  fetch(`${base}/api/interests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body) });

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

test('the same submission sent three times, the first refused with 503, is stored exactly once', async () => {
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
    const lines = readFileSync(r.dataFile, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]).interest.stated.name, 'Läxhjälpen i Rosengård');
  } finally {
    await r.close();
  }
});

test('a stored submission survives a restart, and its key is still known', async () => {
  const r = await start();
  await post(r.base, interest, 'submission-0002');
  await r.close();
  const again = createReceiver({ dataFile: r.dataFile });
  await new Promise((ok) => again.server.listen(0, '127.0.0.1', ok));
  try {
    const res = await post(`http://127.0.0.1:${again.server.address().port}`, interest, 'submission-0002');
    assert.equal(res.status, 200);
    assert.equal(again.store.all().length, 1);
  } finally {
    await new Promise((ok) => again.server.close(ok));
  }
});

test('an interest the schema refuses gets 400 with the issues in Swedish, and nothing is stored', async () => {
  const r = await start();
  try {
    const res = await post(r.base, { ...interest, areas: [], contact: { name: 'Anna', email: 'inte-en-adress' } }, 'submission-0003');
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.equal(body.error, 'invalid');
    assert.deepEqual(body.issues.map((i) => i.path.join('.')).sort(), ['areas', 'contact.email']);
    assert.match(body.issues.find((i) => i.code === 'too_few').message, /minst 1/);
    assert.equal(r.store.all().length, 0);
  } finally {
    await r.close();
  }
});

test('a missing idempotency key, the wrong content type or broken JSON is refused', async () => {
  const r = await start();
  try {
    const noKey = await fetch(`${r.base}/api/interests`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(interest) });
    assert.equal(noKey.status, 400);
    assert.equal((await noKey.json()).error, 'idempotency_key');
    const text = await fetch(`${r.base}/api/interests`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'submission-0004' }, body: 'hej' });
    assert.equal(text.status, 415);
    const broken = await fetch(`${r.base}/api/interests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'submission-0005' }, body: '{ "id": ' });
    assert.equal(broken.status, 400);
    assert.equal((await broken.json()).error, 'invalid_json');
    assert.equal(r.store.all().length, 0);
  } finally {
    await r.close();
  }
});

test('lists the submissions, contacts included, only for a coordinator with the token', async () => {
  const r = await start();
  try {
    await post(r.base, interest, 'submission-0006');
    assert.equal((await fetch(`${r.base}/api/interests`)).status, 401);
    assert.equal((await fetch(`${r.base}/api/interests`, { headers: { Authorization: 'Bearer fel' } })).status, 401);
    const res = await fetch(`${r.base}/api/interests`, { headers: { Authorization: 'Bearer koordinator-hemlighet' } });
    assert.equal(res.status, 200);
    const { submissions } = await res.json();
    assert.equal(submissions.length, 1);
    assert.equal(submissions[0].interest.contact.email, 'anna@example.org');
  } finally {
    await r.close();
  }
});

test('without a token the list is not served at all', async () => {
  const r = await start({ token: '' });
  try {
    assert.equal((await fetch(`${r.base}/api/interests`, { headers: { Authorization: 'Bearer ' } })).status, 401);
  } finally {
    await r.close();
  }
});
