// The embedded store: an append-only JSON-lines file, one submission a line, for one receiver process.
//
// - Nothing is acknowledged before it is on disk. Submissions that arrive together are written as one
//   batch and flushed with one fsync (group commit), off the event loop (fs.promises), so throughput holds
//   under many clients; each waits for the flush of its batch.
// - A short write is continued until the whole batch is written. If the disk refuses (ENOSPC, EIO…), the
//   file is cut back to the end of the last complete batch, so no partial line is left to swallow the next
//   record, the batch is refused (StorageError, 507) and the store refuses new submissions for a while
//   (Retry-After) before it tries again. If even the cut fails, it refuses every write until a restart.
// - At start-up the file is read as a stream, line by line, so its size cannot stop a restart; only the
//   index (key → id and fingerprint) stays in memory. A torn last line (a crash mid-write) is moved to
//   `<file>.torn` and cut off, never glued to the next record.
import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';
import { StorageError } from './storage-error.mjs';

const NEWLINE = 0x0a;
const CHUNK = 1 << 20;

/**
 * Reads a file as a stream of complete lines, each with the byte offset just past its newline, a chunk's
 * lines at a time. A last line without a newline comes with `torn: true`.
 * @param {{ open: typeof fsp.open }} fs
 */
async function* linesOf(fs, path, end = Infinity) {
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(CHUNK);
    let carry = Buffer.alloc(0);
    let position = 0;
    while (position < end) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      let data = carry.length ? Buffer.concat([carry, buffer.subarray(0, bytesRead)]) : buffer.subarray(0, bytesRead);
      let start = 0;
      const base = position - data.length;
      const lines = [];
      for (let nl = data.indexOf(NEWLINE, start); nl >= 0; nl = data.indexOf(NEWLINE, start)) {
        lines.push({ bytes: data.subarray(start, nl), end: base + nl + 1, torn: false });
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
      data = undefined;
      if (lines.length) yield lines;
    }
    if (carry.length) yield [{ bytes: carry, end: position, torn: true }];
  } finally {
    await handle.close();
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A line as a submission, or undefined when it is not one (torn, not JSON, not UTF-8). */
function parse(bytes) {
  try {
    const record = JSON.parse(decoder.decode(bytes));
    return record && typeof record.key === 'string' && typeof record.id === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

export class FileStore {
  #path;
  #fs;
  #retryAfterSeconds;
  /** @type {import('node:fs/promises').FileHandle | undefined} */
  #handle;
  /** Bytes of the file that are complete and flushed. */
  #size = 0;
  /** key → { id, fingerprint } of every kept submission. */
  #index = new Map();
  /** key → promise of a submission being written now. */
  #pending = new Map();
  #queue = [];
  #writing = false;
  #refuseUntil = 0;
  #broken = false;
  /** Lines found at start-up that were not submissions, and moved aside. */
  quarantined = 0;

  /**
   * @param {string} path the JSON-lines file
   * @param {{ fs?: typeof fsp, retryAfterSeconds?: number }} [options] `fs` is for tests: a shim of
   *   node:fs/promises that fails as a full disk does.
   */
  constructor(path, { fs = fsp, retryAfterSeconds = 30 } = {}) {
    this.#path = path;
    this.#fs = fs;
    this.#retryAfterSeconds = retryAfterSeconds;
  }

  async open() {
    await this.#fs.mkdir(dirname(this.#path), { recursive: true });
    const aside = [];
    let good = 0;
    for await (const lines of linesOf(this.#fs, this.#path)) {
      for (const line of lines) {
        const record = line.torn ? undefined : parse(line.bytes);
        if (record && !this.#index.has(record.key)) this.#index.set(record.key, { id: record.id, fingerprint: record.fingerprint });
        // A complete line that is not a submission stays where it is (skipped); a copy goes aside.
        if (!record && line.bytes.length > 0) aside.push(Buffer.concat([line.bytes, Buffer.from('\n')]));
        if (!line.torn) good = line.end;
      }
    }
    this.quarantined = aside.length;
    if (aside.length) await this.#fs.appendFile(`${this.#path}.torn`, Buffer.concat(aside));
    this.#handle = await this.#fs.open(this.#path, 'a');
    // A torn last line is cut off here, so the next record starts on a line of its own.
    await this.#handle.truncate(good);
    await this.#handle.sync();
    this.#size = good;
  }

  /** The submission kept under a key ({ id, fingerprint }), or undefined. */
  async find(key) {
    return this.#index.get(key);
  }

  /** Keeps a submission unless its key is kept already; resolves once it is on disk. */
  async insert(submission) {
    const kept = this.#index.get(submission.key);
    if (kept) return { stored: false, submission: kept };
    const underway = this.#pending.get(submission.key);
    if (underway) {
      await underway;
      return { stored: false, submission: this.#index.get(submission.key) };
    }
    this.#assertWritable();
    const promise = new Promise((resolve, reject) => this.#queue.push({ submission, resolve, reject }));
    this.#pending.set(submission.key, promise);
    promise.then(
      () => this.#pending.delete(submission.key),
      () => this.#pending.delete(submission.key),
    );
    void this.#drain();
    await promise;
    return { stored: true, submission: { id: submission.id, fingerprint: submission.fingerprint } };
  }

  /** Every kept submission, oldest first, read from the flushed part of the file. */
  async *list() {
    for await (const lines of linesOf(this.#fs, this.#path, this.#size)) {
      for (const line of lines) {
        const record = line.torn ? undefined : parse(line.bytes);
        if (record) yield record;
      }
    }
  }

  async close() {
    while (this.#writing) await new Promise((r) => setImmediate(r));
    await this.#handle?.close();
    this.#handle = undefined;
  }

  #assertWritable() {
    if (this.#broken) {
      throw new StorageError('the data file could not be repaired after a failed write; restart the receiver', { status: 507, retryAfterSeconds: this.#retryAfterSeconds });
    }
    const wait = this.#refuseUntil - Date.now();
    if (wait > 0) throw new StorageError('the data file could not be written a moment ago', { status: 507, retryAfterSeconds: Math.ceil(wait / 1000) });
  }

  /** Writes what is queued, a batch at a time, each with one fsync. */
  async #drain() {
    if (this.#writing) return;
    this.#writing = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0);
        const bytes = Buffer.from(batch.map(({ submission }) => `${JSON.stringify(submission)}\n`).join(''), 'utf8');
        try {
          if (!this.#handle) throw new Error('the store is closed');
          await this.#writeAll(bytes);
          await this.#handle.sync();
        } catch (cause) {
          await this.#undo();
          this.#refuseUntil = Date.now() + this.#retryAfterSeconds * 1000;
          const error = new StorageError(`the data file could not be written (${cause.code ?? cause.message})`, { status: 507, retryAfterSeconds: this.#retryAfterSeconds, cause });
          for (const item of [...batch, ...this.#queue.splice(0)]) item.reject(error);
          continue;
        }
        this.#size += bytes.length;
        for (const { submission, resolve } of batch) {
          this.#index.set(submission.key, { id: submission.id, fingerprint: submission.fingerprint });
          resolve();
        }
      }
    } finally {
      this.#writing = false;
    }
  }

  /** Continues a short write until every byte is written; a write of nothing is a full disk. */
  async #writeAll(bytes) {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await this.#handle.write(bytes, offset, bytes.length - offset, null);
      if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
  }

  /** Cuts the file back to its last complete batch; if that fails, the store refuses until a restart. */
  async #undo() {
    try {
      await this.#handle.truncate(this.#size);
      await this.#handle.sync();
    } catch {
      this.#broken = true;
    }
  }
}
