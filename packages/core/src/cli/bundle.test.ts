import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs build script, without types
import { buildCli } from '../../scripts/build-cli.mjs';
import { type CliIo, run } from './cli.js';

// The published bin runs dist/cli.js, one file bundled by scripts/build-cli.mjs. Build the same bundle
// here, in a folder of the test's own, and hold its output to the CLI run from source.
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-cli-bundle-'));
  // The CLI reads its version from ../package.json, next to dist/ as in the package.
  copyFileSync(new URL('../../package.json', import.meta.url), join(dir, 'package.json'));
  await buildCli(join(dir, 'dist'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fromSource(args: string[]) {
  let out = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    readFile: async (path) => readFileSync(path, 'utf8'),
    readStdin: async () => '',
    today: () => new Date(),
    version: JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
  };
  const code = await run(args, io);
  return { out, code };
}

function fromBundle(args: string[]) {
  try {
    return { out: execFileSync(process.execPath, [join(dir, 'dist/cli.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; status: number };
    return { out: e.stdout + e.stderr, code: e.status };
  }
}

describe('the bundled CLI', () => {
  it('is one file that imports only Node’s own modules', () => {
    const code = readFileSync(join(dir, 'dist/cli.js'), 'utf8');
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.filter((s) => !s!.startsWith('node:'))).toEqual([]);
    // Node's own modules are reached without an ES module facade (see src/cli/read-file.ts).
    const builtins = [...code.matchAll(/getBuiltinModule\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(builtins).toContain('node:fs');
    expect(builtins.filter((s) => !s!.startsWith('node:'))).toEqual([]);
    expect(code).not.toMatch(/\bimport\(|require\("(?!node:)/);
  });

  it.each([
    [['validate', 'malmo', '--today', '2019-05-13']],
    [['validate', 'malmo', '--today', '2026-12-01', '--format', 'json']],
    [['show', 'malmo', '--locale', 'en', '--today', '2019-05-13']],
    [['--version']],
    [['validate', 'no-such-file.json']],
  ])('prints what the CLI run from source prints: samverkan %j', async (args) => {
    const bundled = fromBundle(args);
    expect(bundled).toEqual(await fromSource(args));
    expect(bundled.out.length).toBeGreaterThan(5);
  });
});
