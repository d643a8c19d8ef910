import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directWriter } from './write-out.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stream that records what it is given, and how often it was asked for. */
function recorder() {
  const got: string[] = [];
  let asked = 0;
  return { got, asked: () => asked, stream: () => (asked++, { write: (chunk: string | Uint8Array) => got.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')) > 0 }) };
}

describe('directWriter', () => {
  it('writes the text to the descriptor as UTF-8, without asking for the stream', () => {
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const r = recorder();
    const write = directWriter(fd, r.stream);
    write('Överenskommelse Malmöandan\n');
    write('0 fel · 9 varningar\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('Överenskommelse Malmöandan\n0 fel · 9 varningar\n');
    expect(r.asked()).toBe(0);
  });

  it('writes what a short write left over, and hands the rest to the stream from the write that would block on', () => {
    const r = recorder();
    const written: string[] = [];
    let calls = 0;
    // Two bytes, then three, then the descriptor would block (EAGAIN).
    const fake = ((_fd: number, buffer: Uint8Array, offset: number, length: number) => {
      calls++;
      if (calls > 2) throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
      const n = Math.min(length, calls === 1 ? 2 : 3);
      written.push(Buffer.from(buffer.subarray(offset, offset + n)).toString('utf8'));
      return n;
    }) as unknown as typeof writeSync;
    const write = directWriter(1, r.stream, fake);
    write('abcdefgh');
    write('ij');
    expect(written.join('')).toBe('abcde');
    expect(r.got).toEqual(['fgh', 'ij']);
    expect(calls).toBe(3);
  });
});
