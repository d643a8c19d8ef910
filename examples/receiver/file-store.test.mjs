// The file store never acknowledges what it has not kept: on a full disk a submission gets no 201, and a
// restart lists every submission that got one. A torn last line is moved aside, never glued to the next.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FileStore } from './file-store.mjs';
import { createReceiver } from './server.mjs';

const interest = {
  id: 'laxhjalpen',
  stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård' },
  areas: ['ungas-halsa-och-livsstil'],
  consent: { matching: true, listing: true },
  contact: { name: 'Anna Andersson', email: 'anna@example.org' },
};

const dirs = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'file-store-'));
  dirs.push(dir);
  return join(dir, 'interests.jsonl');
}

/**
 * node:fs/promises as on a disk with `disk.free` bytes left: a write that does not fit writes what fits
 * (a short write), the next one fails with ENOSPC, as Linux does. `disk.failSync` makes fsync fail (EIO).
 */
function fullDisk(disk) {
  return {
    ...realFs,
    async open(path, flags) {
      const handle = await realFs.open(path, flags);
      if (flags !== 'a') return handle;
      return {
        async write(buffer, offset, length, position) {
          if (disk.free <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          const n = Math.min(length, disk.free);
          const { bytesWritten } = await handle.write(buffer, offset, n, position);
          disk.free -= bytesWritten;
          return { bytesWritten };
        },
        async sync() {
          if (disk.failSync) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
          return handle.sync();
        },
        async truncate(size) {
          const before = (await handle.stat()).size;
          await handle.truncate(size);
          disk.free += before - size;
        },
        close: () => handle.close(),
      };
    },
  };
}

const post = (base, n) =>
  fetch(`${base}/api/interests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `submission-${String(n).padStart(4, '0')}`, 'Samverkan-Fill-Seconds': '10' },
    body: JSON.stringify({ ...interest, id: `anmalan-${n}` }),
  });

async function receiverOn(store) {
  await store.open();
  const r = createReceiver({ store, rateLimit: false });
  await new Promise((ok) => r.server.listen(0, '127.0.0.1', ok));
  return { ...r, base: `http://127.0.0.1:${r.server.address().port}` };
}

async function reopen(path) {
  const store = new FileStore(path);
  await store.open();
  const ids = [];
  for await (const s of store.list()) ids.push(s.interest.id);
  await store.close();
  return ids;
}

/** Every line of the file is one whole submission: nothing torn, nothing glued. */
function assertWholeLines(path) {
  const text = readFileSync(path, 'utf8');
  assert.ok(text === '' || text.endsWith('\n'), 'the file ends with a complete line');
  for (const line of text.split('\n').filter(Boolean)) assert.doesNotThrow(() => JSON.parse(line), line.slice(0, 80));
}

test('on a disk that fills up, a submission that was not kept gets 507, never 201, and a restart lists every 201', async () => {
  const path = tempFile();
  const disk = { free: 3_000 };
  const r = await receiverOn(new FileStore(path, { fs: fullDisk(disk), retryAfterSeconds: 0 }));
  const acknowledged = [];
  const statuses = [];
  try {
    for (let n = 0; n < 20; n++) {
      const res = await post(r.base, n);
      statuses.push(res.status);
      if (res.status === 201) acknowledged.push(`anmalan-${n}`);
      else {
        assert.equal(res.status, 507);
        assert.ok(Number(res.headers.get('retry-after')) >= 1);
      }
    }
    // The disk is freed: the same receiver takes submissions again, on lines of their own.
    disk.free = 100_000;
    for (let n = 20; n < 23; n++) {
      assert.equal((await post(r.base, n)).status, 201);
      acknowledged.push(`anmalan-${n}`);
    }
  } finally {
    await r.close();
  }
  assert.ok(statuses.includes(201) && statuses.includes(507), `both answers seen: ${statuses}`);
  assertWholeLines(path);
  assert.deepEqual(await reopen(path), acknowledged);
});

test('a burst on a filling disk: every submission answered 201 is listed after a restart, and no other', async () => {
  const path = tempFile();
  const disk = { free: 6_000 };
  const r = await receiverOn(new FileStore(path, { fs: fullDisk(disk), retryAfterSeconds: 0 }));
  let answers;
  try {
    answers = await Promise.all(Array.from({ length: 60 }, (_, n) => post(r.base, n).then((res) => ({ n, status: res.status }))));
  } finally {
    await r.close();
  }
  const acknowledged = answers.filter((a) => a.status === 201).map((a) => `anmalan-${a.n}`);
  assert.ok(acknowledged.length > 0 && acknowledged.length < 60, `${acknowledged.length} acknowledged`);
  assert.ok(answers.every((a) => a.status === 201 || a.status === 507));
  assertWholeLines(path);
  assert.deepEqual((await reopen(path)).sort(), acknowledged.sort());
});

test('when fsync fails, the batch is refused and cut from the file, and the store refuses until a restart', async () => {
  const path = tempFile();
  const disk = { free: 1_000_000, failSync: false };
  const r = await receiverOn(new FileStore(path, { fs: fullDisk(disk), retryAfterSeconds: 0 }));
  try {
    assert.equal((await post(r.base, 1)).status, 201);
    // After a failed fsync the kernel may have dropped the pages: nothing more is trusted to this process.
    disk.failSync = true;
    assert.equal((await post(r.base, 2)).status, 507);
    disk.failSync = false;
    assert.equal((await post(r.base, 3)).status, 507);
  } finally {
    await r.close();
  }
  assert.deepEqual(await reopen(path), ['anmalan-1']);
  const again = await receiverOn(new FileStore(path));
  try {
    assert.equal((await post(again.base, 3)).status, 201);
  } finally {
    await again.close();
  }
  assertWholeLines(path);
  assert.deepEqual(await reopen(path), ['anmalan-1', 'anmalan-3']);
});

test('a torn last line from a crash is moved aside at start-up, so the next record is not glued to it', async () => {
  const path = tempFile();
  const line = (n) => `${JSON.stringify({ id: `id-${n}`, key: `key-000${n}`, fingerprint: 'f', received: '2026-01-01T00:00:00.000Z', interest: { ...interest, id: `anmalan-${n}` } })}\n`;
  writeFileSync(path, line(1) + line(2));
  appendFileSync(path, line(3).slice(0, 40)); // the crash
  const store = new FileStore(path);
  await store.open();
  assert.equal(store.quarantined, 1);
  assert.equal(readFileSync(`${path}.torn`, 'utf8'), `${line(3).slice(0, 40)}\n`);
  await store.insert({ id: 'id-4', key: 'key-0004', fingerprint: 'f', received: '2026-01-01T00:00:00.000Z', interest: { ...interest, id: 'anmalan-4' } });
  await store.close();
  assertWholeLines(path);
  assert.deepEqual(await reopen(path), ['anmalan-1', 'anmalan-2', 'anmalan-4']);
});

test('reads the file at start-up as a stream of lines: 20 000 submissions, read back in chunks, keys known', async () => {
  const path = tempFile();
  const lines = [];
  for (let n = 0; n < 20_000; n++) {
    lines.push(JSON.stringify({ id: `id-${n}`, key: `key-${String(n).padStart(6, '0')}`, fingerprint: 'f', received: '2026-01-01T00:00:00.000Z', interest: { ...interest, id: `anmalan-${n}` } }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  const store = new FileStore(path);
  await store.open();
  assert.deepEqual(await store.find('key-019999'), { id: 'id-19999', fingerprint: 'f' });
  let count = 0;
  for await (const _ of store.list()) count++;
  assert.equal(count, 20_000);
  await store.close();
});

test('on a real 256 KiB tmpfs, filled to the brim: no 201 for a record not kept, and a restart lists every 201', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'file-store-tmpfs-'));
  const mountpoint = join(dir, 'disk');
  mkdirSync(mountpoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountpoint], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return t.skip(`a tmpfs could not be mounted here (needs root and mount rights): ${String(error.stderr ?? error.message).trim()}`);
  }
  const path = join(mountpoint, 'interests.jsonl');
  try {
    const r = await receiverOn(new FileStore(path, { retryAfterSeconds: 0 }));
    const acknowledged = [];
    let refused = 0;
    try {
      // Bursts of 20 until the disk has refused a good many, so short writes and ENOSPC both happen.
      for (let n = 0; refused < 40 && n < 5_000; n += 20) {
        const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(r.base, n + i).then((res) => ({ n: n + i, status: res.status }))));
        for (const a of answers) {
          if (a.status === 201) acknowledged.push(`anmalan-${a.n}`);
          else {
            assert.equal(a.status, 507);
            refused++;
          }
        }
      }
    } finally {
      await r.close();
    }
    assert.ok(refused >= 40 && acknowledged.length > 100, `${acknowledged.length} kept, ${refused} refused`);
    assertWholeLines(path);
    assert.deepEqual((await reopen(path)).sort(), acknowledged.sort());
  } finally {
    execFileSync('umount', [mountpoint]);
    rmSync(dir, { recursive: true, force: true });
  }
});
