import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs build script, without types
import { buildCli, ONE_COMMAND_BUNDLES } from '../../scripts/build-cli.mjs';
import { type CliIo, run } from './cli.js';
import { BUILT_IN_TAGS } from '../locales/resolve.js';
import { sv } from '../locales/sv/index.js';
import { malmo } from '../presets/malmo/malmo.js';

// The published bin (bin/samverkan.js) runs dist/cli.js, one script bundled by scripts/build-cli.mjs,
// or for `samverkan validate …` dist/cli-validate.js, the same CLI bundled for that command alone.
// Build the same bundles here, in a folder of the test's own with a copy of the bin beside it, and hold
// what the bin prints to what the CLI run from source prints: without a code cache, when it writes
// one, and when it runs from it.
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-cli-bundle-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(new URL('../../bin/samverkan.js', import.meta.url), join(dir, 'bin/samverkan.js'));
  // The bin is an ES module, as in the package (type: module).
  copyFileSync(new URL('../../package.json', import.meta.url), join(dir, 'package.json'));
  await buildCli(join(dir, 'dist'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

async function fromSource(args: string[]) {
  let out = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
    readFile: async (path) => readFileSync(path, 'utf8'),
    readStdin: async () => '',
    today: () => new Date(),
    version,
  };
  const code = await run(args, io);
  return { out, code };
}

/** Runs the bin on the bundle, with Node's compile cache folder at `cache`, or that cache turned off. */
function fromBin(args: string[], cache: string, off = false, nodeOptions: string[] = []) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_COMPILE_CACHE: cache };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  if (off) env.NODE_DISABLE_COMPILE_CACHE = '1';
  try {
    return { out: execFileSync(process.execPath, [...nodeOptions, join(dir, 'bin/samverkan.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env }), code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; status: number };
    return { out: e.stdout + e.stderr, code: e.status };
  }
}

/** The bin's code caches and drafts under a compile cache folder (Node keeps them in a subfolder per version). */
function caches(cache: string): string[] {
  try {
    return readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => /samverkan-cli-[0-9a-f]+-[a-z-]+(\.1)?$/.test(f)).map((f) => join(cache, f));
  } catch {
    return [];
  }
}

/** Each bundle the build writes: the whole CLI's, and the one of `validate` alone. */
const BUNDLES = ['dist/cli.js', 'dist/cli-validate.js'];

describe('the bundled CLI', () => {
  it.each(BUNDLES)('is one script that reaches only Node’s own modules, and names a hash of its content on its last line: %s', (bundle) => {
    const code = readFileSync(join(dir, bundle), 'utf8');
    expect(code).not.toMatch(/^import |^export |\bimport\(|\brequire\(/m);
    // Node's own modules are reached without an ES module facade (see src/cli/read-file.ts).
    const builtins = [...code.matchAll(/getBuiltinModule\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(builtins).toEqual(expect.arrayContaining(['node:fs']));
    expect(builtins.filter((s) => !s!.startsWith('node:'))).toEqual([]);
    const last = /\n\/\/# samverkan-cli ([0-9a-f]{16})\n$/.exec(code);
    expect(last).not.toBeNull();
    expect(last![1]).not.toBe('0'.repeat(16));
  });

  it.each(BUNDLES)('is Latin-1 text, so V8 holds it one byte a character: %s', (bundle) => {
    expect(readFileSync(join(dir, bundle), 'utf8')).not.toMatch(/[^\x00-\xff]/);
  });

  it('runs `samverkan validate …` from a bundle of that command alone, without the other commands’ code', async () => {
    const whole = readFileSync(join(dir, 'dist/cli.js'), 'utf8');
    const alone = readFileSync(join(dir, 'dist/cli-validate.js'), 'utf8');
    // The other commands' own functions (schema, render, match, report, export, iop, rules, show) are not in it.
    const others = ['agreementJsonSchema', 'renderHtml', 'rankMatches', 'reportToMarkdown', 'toPopolo', 'listIops', 'describeRules', 'summarize'];
    for (const name of others) {
      expect(whole).toMatch(new RegExp(`\\bfunction ${name}\\(`));
      expect(alone).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    expect(alone).toMatch(/\bfunction validateAgreement\(/);
    expect(alone.length).toBeLessThan(whole.length * 0.9);
    // The bin runs the one-command bundles the build writes.
    const bin = readFileSync(join(dir, 'bin/samverkan.js'), 'utf8');
    expect(JSON.parse(/const ONE_COMMAND_BUNDLES = (\[[^\]]*\]);/.exec(bin)![1]!.replaceAll("'", '"'))).toEqual(ONE_COMMAND_BUNDLES);
    expect(BUNDLES).toEqual(['dist/cli.js', ...ONE_COMMAND_BUNDLES.map((c: string) => `dist/cli-${c}.js`)]);
    // `validate` first runs it, with caches of its own; elsewhere on the line, the whole CLI does.
    const cache = mkdtempSync(join(dir, 'cache-'));
    const name = (file: string) => file.slice(file.lastIndexOf('/') + 1);
    const hashOf = (code: string) => /samverkan-cli ([0-9a-f]{16})\n$/.exec(code)![1];
    for (const args of [['validate', 'malmo', '--today', '2019-05-13'], ['--today', '2019-05-13', 'validate', 'malmo']]) expect(fromBin(args, cache)).toEqual(await fromSource(args));
    expect(caches(cache).map(name).toSorted()).toEqual([`samverkan-cli-${hashOf(alone)}-only-validate.1`, `samverkan-cli-${hashOf(whole)}-validate.1`].toSorted());
    // A dist/ without it (built before it existed): the whole CLI runs `validate` as before.
    const older = mkdtempSync(join(dir, 'older-'));
    for (const sub of ['bin', 'dist']) mkdirSync(join(older, sub));
    for (const file of ['bin/samverkan.js', 'dist/cli.js', 'package.json']) copyFileSync(join(dir, file), join(older, file));
    const args = ['validate', 'malmo', '--today', '2019-05-13', '--locale', 'en'];
    const olderCache = mkdtempSync(join(dir, 'cache-'));
    const out = execFileSync(process.execPath, [join(older, 'bin/samverkan.js'), ...args], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: olderCache } });
    expect({ out, code: 0 }).toEqual(await fromSource(args));
    expect(caches(olderCache).map(name)).toEqual([`samverkan-cli-${hashOf(whole)}-validate.1`]);
  });

  it('holds the Malmö preset as its data, read by one JSON.parse, and that data is the preset', async () => {
    const code = readFileSync(join(dir, 'dist/cli.js'), 'utf8');
    expect(code).not.toMatch(/\bsignatoryOrganisations\b|\bkindFromName\b/);
    expect(JSON.parse(fromBin(['preset', 'malmo'], mkdtempSync(join(dir, 'cache-'))).out)).toStrictEqual(JSON.parse(JSON.stringify(malmo)));
    expect(JSON.parse(JSON.stringify(malmo))).toStrictEqual(malmo);
  });

  it('keeps a code cache for each command the bin knows, and those are the commands of the usage text', () => {
    const bin = readFileSync(join(dir, 'bin/samverkan.js'), 'utf8');
    const known = JSON.parse(/const COMMANDS = (\[[^\]]*\]);/.exec(bin)![1]!.replaceAll("'", '"')) as string[];
    const usage = /\n\n[^\n]*:\n((?: {2}[a-z]+ [^\n]*\n(?: {4,}[^\n]*\n)*)+)/.exec(sv.cli!.usage)![1]!;
    const listed = [...usage.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(known.toSorted()).toEqual(listed.toSorted());
  });

  it.each([
    [['validate', 'malmo', '--today', '2019-05-13']],
    [['validate', 'malmo', '--today', '2026-12-01', '--format', 'json']],
    [['show', 'malmo', '--locale', 'en', '--today', '2019-05-13']],
    [['show', 'malmo', '--locale', 'ar', '--today', '2019-05-13']],
    [['--version']],
    // The built-in languages' tags, listed by a pack the bundle makes only when asked for.
    [['validate', 'malmo', '--locale', 'xx']],
    [['rules', '--locale', 'en-GB']],
    [['validate', 'no-such-file.json']],
    // The preset as the bundle holds it, key for key; and command lines read by the CLI's own reading.
    [['preset', 'malmo']],
    [['-hv']],
    [['validate', 'malmo', '--today']],
    [['show', 'malmo', '--locale=en', '--today=2019-05-13', '--', '--help']],
    [['validate', 'malmo', '--bogus', '-x']],
  ])('prints what the CLI run from source prints, with and without its code cache: samverkan %j', async (args) => {
    const expected = await fromSource(args);
    expect(expected.out.length).toBeGreaterThan(5);
    const cache = mkdtempSync(join(dir, 'cache-'));
    expect(fromBin(args, cache, true)).toEqual(expected);
    expect(caches(cache)).toEqual([]);
    // The first run writes a draft, the second runs from it and writes the cache in its place, the
    // third runs from the cache and writes nothing.
    expect(fromBin(args, cache)).toEqual(expected);
    const [draft, ...more] = caches(cache);
    expect(more).toEqual([]);
    expect(draft).toMatch(/\.1$/);
    // Readable by its owner only, as Node's own cache files are.
    if (process.platform !== 'win32') expect(statSync(draft!).mode & 0o777).toBe(0o600);
    expect(fromBin(args, cache)).toEqual(expected);
    expect(caches(cache)).toEqual([draft!.slice(0, -2)]);
    if (process.platform !== 'win32') expect(statSync(draft!.slice(0, -2)).mode & 0o777).toBe(0o600);
    const written = statSync(draft!.slice(0, -2), { bigint: true });
    expect(fromBin(args, cache)).toEqual(expected);
    const after = statSync(draft!.slice(0, -2), { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([written.ino, written.mtimeNs]);
  });

  it("removes its command's caches of other builds when it writes one, and no other file", async () => {
    // `validate` not first: the whole CLI runs it, as the `--version` run below.
    const args = ['--today', '2019-05-13', 'validate', 'malmo'];
    const cache = mkdtempSync(join(dir, 'cache-'));
    fromBin(['--version'], cache);
    const [other] = caches(cache);
    const folder = other!.slice(0, other!.lastIndexOf('/'));
    const hash = /samverkan-cli-([0-9a-f]+)-other\.1$/.exec(other!)![1]!;
    const old = '0123456789abcdef';
    const gone = [`samverkan-cli-${old}-validate`, `samverkan-cli-${old}-validate.1`, `samverkan-cli-${hash}-validate`];
    const kept = [`samverkan-cli-${old}-show`, `samverkan-cli-${old}-validate.4242`, `samverkan-cli-${old}-validate.json`, `x-samverkan-cli-${old}-validate`, 'notes.txt'];
    for (const name of [...gone, ...kept]) writeFileSync(join(folder, name), 'not a cache');
    const ours = () => readdirSync(folder).filter((f) => f.includes('samverkan-cli-') || f === 'notes.txt').toSorted();
    // The cache of this build it finds is refused (it is not V8's): a draft is written in its place.
    expect(fromBin(args, cache)).toEqual(await fromSource(args));
    expect(ours()).toEqual([...kept, `samverkan-cli-${hash}-other.1`, `samverkan-cli-${hash}-validate.1`].toSorted());
    // From the draft: the cache is written and the draft removed; the other files stay.
    expect(fromBin(args, cache)).toEqual(await fromSource(args));
    expect(ours()).toEqual([...kept, `samverkan-cli-${hash}-other.1`, `samverkan-cli-${hash}-validate`].toSorted());
  });

  it.each(BUILT_IN_TAGS.map((tag) => [tag]))('writes the long dates of a built-in language without Intl.DateTimeFormat, as the CLI run from source writes them: %s', async (tag) => {
    // Run with Intl.DateTimeFormat taken away: the bundle must write its dates from the forms it was built with.
    const noIntlDates = join(dir, 'no-intl-dates.cjs');
    writeFileSync(noIntlDates, "Intl.DateTimeFormat = function () { throw new Error('Intl.DateTimeFormat was made'); };\n");
    for (const args of [['show', 'malmo', '--locale', tag, '--today', '2019-05-13'], ['validate', 'malmo', '--locale', tag, '--today', '2026-12-01']]) {
      const expected = await fromSource(args);
      expect(expected.out).toMatch(/\b2018\b/);
      expect(fromBin(args, mkdtempSync(join(dir, 'cache-')), false, ['--require', noIntlDates])).toEqual(expected);
    }
  });

  it('writes a cache V8 refuses (a damaged file) anew, and prints the same', async () => {
    const args = ['validate', 'malmo', '--today', '2019-05-13'];
    const cache = mkdtempSync(join(dir, 'cache-'));
    fromBin(args, cache);
    const [file] = caches(cache);
    const good = readFileSync(file!);
    writeFileSync(file!, Buffer.alloc(good.length, 7));
    expect(fromBin(args, cache)).toEqual(await fromSource(args));
    expect(readFileSync(file!).subarray(0, 64)).not.toEqual(Buffer.alloc(64, 7));
    expect(fromBin(args, cache)).toEqual(await fromSource(args));
  });
});
