import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from './read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('reads a regular file', async () => {
    const file = join(dir, 'agreement.json');
    writeFileSync(file, '{"id":"x"}');
    expect(await readRegularFile(file)).toBe('{"id":"x"}');
  });

  it('refuses a FIFO no one writes to (ENOTREG) instead of waiting for it, and a folder (EISDIR)', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFile(fifo)).rejects.toMatchObject({ code: 'ENOTREG' });
    await expect(readRegularFile(dir)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
