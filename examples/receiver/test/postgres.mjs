// The PostgreSQL the receiver's tests run against: DATABASE_URL when it is set (.ci/run sets it), else a
// throwaway cluster started here with scripts/postgres.sh when PostgreSQL's binaries are installed. With
// neither, the PostgreSQL tests are skipped with the reason on a developer's machine, and fail in CI
// (CI=true): a CI run must not pass without them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const script = new URL('../../../scripts/postgres.sh', import.meta.url).pathname;

/** @returns {Promise<{ url: string, stop: () => void } | { skip: string }>} */
export async function postgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'receiver-pg-'));
  try {
    const url = execFileSync('bash', [script, 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return {
      url,
      stop: () => {
        execFileSync('bash', [script, 'stop', dir], { stdio: 'ignore' });
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const reason = `no DATABASE_URL and no PostgreSQL cluster could be started (${String(error.stderr ?? error.message).trim().split('\n').pop()})`;
    if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`CI must run the PostgreSQL store's tests: ${reason}. .ci/run installs and starts it.`);
    return { skip: reason };
  }
}

/** A fresh database on the same server, for tests that start receiver processes; dropped by `drop()`. */
export async function freshDatabase(url) {
  const name = `samverkan_test_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A table name no other test uses. */
export const freshTable = () => `interests_${Math.random().toString(36).slice(2, 10)}`;
