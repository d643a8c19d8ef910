// The shared store: PostgreSQL, for a receiver run as several processes (behind a load balancer). Chosen
// by the one setting DATABASE_URL. The idempotency key is the table's unique key, so two processes that
// receive the same key at once keep one submission: the second INSERT waits for the first transaction and
// then does nothing (ON CONFLICT DO NOTHING), and both answer with the one id.
import pg from 'pg';
import { StorageError } from './storage-error.mjs';

/** A table name we write into SQL ourselves: letters, digits and underscores only. */
const TABLE = /^[a-z_][a-z0-9_]{0,62}$/;
/** SQLSTATE classes: 53 insufficient resources (53100 disk full), 08 connection, 57P admin shutdown. */
const FULL = '53100';

function storageError(cause) {
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return new StorageError(`the database could not keep the submission (${code || cause?.message})`, {
    status: code === FULL ? 507 : 503,
    retryAfterSeconds: 30,
    cause,
  });
}

export class PostgresStore {
  #pool;
  #table;

  /** @param {string} url DATABASE_URL  @param {{ table?: string, max?: number }} [options] */
  constructor(url, { table = 'samverkan_interests', max = Number(process.env.RECEIVER_DB_POOL ?? 10) } = {}) {
    if (!TABLE.test(table)) throw new TypeError(`not a table name: ${table}`);
    this.#table = table;
    this.#pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
    // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
    this.#pool.on('error', () => {});
  }

  /** Makes the table, once, even when several processes start together. */
  async open() {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.#table]);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.#table} (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        fingerprint text NOT NULL,
        received timestamptz NOT NULL,
        interest jsonb NOT NULL
      )`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async find(key) {
    try {
      const { rows } = await this.#pool.query(`SELECT id, fingerprint FROM ${this.#table} WHERE idempotency_key = $1`, [key]);
      return rows[0];
    } catch (cause) {
      throw storageError(cause);
    }
  }

  /** Keeps a submission unless its key is kept already; resolves once the transaction is committed. */
  async insert({ id, key, fingerprint, received, interest }) {
    try {
      const { rows } = await this.#pool.query(
        `INSERT INTO ${this.#table} (id, idempotency_key, fingerprint, received, interest) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [id, key, fingerprint, received, JSON.stringify(interest)],
      );
      if (rows.length === 1) return { stored: true, submission: { id, fingerprint } };
      // Another transaction kept this key first; it has committed, so a new statement sees it.
      return { stored: false, submission: await this.find(key) };
    } catch (cause) {
      throw cause instanceof StorageError ? cause : storageError(cause);
    }
  }

  /** Every kept submission, oldest first, read a page at a time. */
  async *list() {
    let after = 0;
    for (;;) {
      let rows;
      try {
        ({ rows } = await this.#pool.query(
          `SELECT seq, id, idempotency_key AS key, fingerprint, received, interest FROM ${this.#table} WHERE seq > $1 ORDER BY seq LIMIT 500`,
          [after],
        ));
      } catch (cause) {
        throw storageError(cause);
      }
      for (const { id, key, fingerprint, received, interest } of rows) yield { id, key, fingerprint, received: new Date(received).toISOString(), interest };
      if (rows.length < 500) return;
      after = rows[rows.length - 1].seq;
    }
  }

  /** For tests: drops the table. */
  async drop() {
    await this.#pool.query(`DROP TABLE IF EXISTS ${this.#table}`);
  }

  async close() {
    await this.#pool.end();
  }
}
