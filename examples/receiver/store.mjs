// An append-only store of accepted submissions: one JSON line each, written and flushed to disk (fsync)
// before the server answers, so an accepted submission survives a crash. Read back in full at start-up to
// rebuild the idempotency index.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class SubmissionStore {
  #path;
  #byKey = new Map();

  constructor(path) {
    this.#path = path;
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line);
          this.#byKey.set(record.key, record);
        } catch {
          // A torn last line from a crash mid-write is skipped; every complete line before it is kept.
        }
      }
    }
  }

  /** The record stored under an idempotency key, if any. */
  get(key) {
    return this.#byKey.get(key);
  }

  /** Stores a record durably; returns it. */
  append(record) {
    const fd = openSync(this.#path, 'a');
    try {
      writeSync(fd, `${JSON.stringify(record)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.#byKey.set(record.key, record);
    return record;
  }

  /** Every stored record, oldest first. */
  all() {
    return [...this.#byKey.values()];
  }
}
