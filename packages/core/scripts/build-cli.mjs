// Bundles the samverkan CLI into one file, dist/cli.js, with its dependencies (date-fns, zod) inlined
// (and `validate` alone into dist/cli-validate.js, see ONE_COMMAND_BUNDLES):
// a cold start then reads and compiles one file instead of about 400 modules (304 of them date-fns files
// for five functions). The file is a classic script, not an ES module, so that bin/samverkan.js can
// compile it with `vm.Script` and keep V8's code cache of it after a run — the functions the run
// compiled included, which Node's own compile cache leaves out. Node's own modules are reached through
// process.getBuiltinModule, so the script needs no `require` or `import`. Its last line names a hash of
// its content: the bin keys its cache by it. src/cli/bundle.test.ts builds the same bundle into a
// temporary folder and checks that the bin running it prints what the CLI prints.
//
// Two modules are the CLI's own in the bundle. The built-in languages' long dates are read from Intl
// here, once (src/cli/long-dates.ts), and src/cli/format.ts, in place of src/text/format.ts, writes them
// from that: a start then makes no Intl.DateTimeFormat, whose first one costs about a third of `node -e
// 0`. src/cli/built-in.ts, in place of src/locales/built-in.ts, makes a language's pack when first asked
// for, not all five on every start, and each section of a pack when first read.
//
// The Malmö preset is in the bundle as the data it is (src/presets/malmo/malmo.ts writes it with
// functions: slugs, organisation kinds read from names), read with one JSON.parse at start; the build
// checks that the data reads back as the preset itself, key for key. `samverkan validate malmo` still
// validates it on every run. The bundle is checked to be Latin-1 text: V8 then holds it one byte a
// character rather than two.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The long-date form of each built-in language that has one Intl-free code can write, by tag. */
async function longDates() {
  const { readLongDateForm, BUILT_IN_TAGS } = await load("export { readLongDateForm } from './src/cli/long-dates.ts'; export { BUILT_IN_TAGS } from './src/locales/resolve.ts';");
  return Object.fromEntries(BUILT_IN_TAGS.map((tag) => [tag, readLongDateForm(tag)]).filter(([, form]) => form !== undefined));
}

/** The Malmö preset as JSON text, checked to read back as the very same data. */
async function malmoJson() {
  const { malmo } = await load("export { malmo } from './src/presets/malmo/malmo.ts';");
  // Characters beyond Latin-1 (the preset's dashes and quotation marks) written as JSON's \u escapes:
  // the text JSON.parse reads is then Latin-1, which V8 holds and parses one byte a character.
  const json = JSON.stringify(malmo).replace(/[^\x00-\xff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (!isDeepStrictEqual(JSON.parse(json), malmo)) throw new Error('The Malmö preset does not read back from JSON as itself.');
  return json;
}

/**
 * Each built-in pack's keys in order, for src/cli/built-in.ts; and a check that the packs it makes,
 * section by section, hold the very values of src/locales/built-in.ts's whole packs.
 */
async function packKeys() {
  const { BUILT_IN } = await load("export { BUILT_IN } from './src/locales/built-in.ts';");
  const keys = Object.fromEntries(Object.entries(BUILT_IN).map(([tag, pack]) => [tag, Object.keys(pack)]));
  const both = await load("export { BUILT_IN as whole } from './src/locales/built-in.ts'; export { BUILT_IN as lazy } from './src/cli/built-in.ts';", {
    SAMVERKAN_PACK_KEYS: JSON.stringify(keys),
  });
  const same = (a, b) => Object.keys(a).join() === Object.keys(b).join() && Object.keys(a).every((k) => a[k] === b[k]);
  for (const tag of Object.keys(both.whole)) {
    if (!both.lazy[tag] || !same(both.whole[tag], both.lazy[tag])) throw new Error(`src/cli/built-in.ts makes the pack "${tag}" otherwise than src/locales/built-in.ts.`);
  }
  if (Object.keys(both.whole).join() !== Object.keys(both.lazy).join()) throw new Error('src/cli/built-in.ts has other languages than src/locales/built-in.ts.');
  return keys;
}

/** The module `contents` (TypeScript, importing from src/) bundled and imported here, at build time. */
async function load(contents, define = {}) {
  const { outputFiles } = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', define, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

// Modules the bundle takes from src/cli/ in place of the library's own: their imports anywhere in the
// bundle but in the CLI's files for them get the CLI's file.
const IN_PLACE = new Map([
  [resolve(root, 'src/text/format.ts'), { path: resolve(root, 'src/cli/format.ts'), own: ['src/cli/format.ts', 'src/cli/long-dates.ts'] }],
  [resolve(root, 'src/locales/built-in.ts'), { path: resolve(root, 'src/cli/built-in.ts'), own: ['src/cli/built-in.ts'] }],
]);
// The Malmö preset's module, in the bundle as its data (see malmoJson).
const MALMO = resolve(root, 'src/presets/malmo/malmo.ts');
const inPlace = (malmo) => ({
  name: 'cli-in-place',
  setup(b) {
    b.onResolve({ filter: /\.js$/ }, (args) => {
      const path = resolve(dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      if (path === MALMO) return { path, namespace: 'malmo-data' };
      const target = IN_PLACE.get(path);
      return target && !target.own.some((f) => resolve(root, f) === args.importer) ? { path: target.path } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'malmo-data' }, () => ({ contents: `export const malmo = JSON.parse(${JSON.stringify(malmo)});`, loader: 'js' }));
  },
});

// Commands that also have a bundle of their own, dist/cli-<command>.js: the bin runs it when the command is
// the first argument. It is built with SAMVERKAN_ONLY defined as the command, so the others' code and the
// modules only they import (the JSON Schema writer, matching, reports, exports, rendering, and the zod
// schemas of interests) drop out of it: a start then reads, compiles and runs less.
export const ONE_COMMAND_BUNDLES = ['validate'];

/** Builds the CLI bundle, and each one-command bundle, into `outdir` (default: dist/). */
export async function buildCli(outdir = 'dist') {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const define = { SAMVERKAN_VERSION: JSON.stringify(version), SAMVERKAN_LONG_DATES: JSON.stringify(await longDates()), SAMVERKAN_PACK_KEYS: JSON.stringify(await packKeys()) };
  const malmo = await malmoJson();
  await bundle(resolve(root, outdir, 'cli.js'), define, malmo);
  for (const command of ONE_COMMAND_BUNDLES) {
    await bundle(resolve(root, outdir, `cli-${command}.js`), { ...define, SAMVERKAN_ONLY: JSON.stringify(command) }, malmo);
  }
}

/** One bundle of src/cli/main.ts at `outfile`, with its hash on its last line. */
async function bundle(outfile, define, malmo) {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    // A script (in strict mode, as esbuild keeps the ES modules' strictness).
    format: 'iife',
    platform: 'node',
    target: 'node20',
    // Without the indentation and line breaks a start reads and hashes a third less (names are kept).
    minifyWhitespace: true,
    define,
    plugins: [inPlace(malmo)],
    logLevel: 'warning',
  });
  const code = readFileSync(outfile, 'utf8');
  // esbuild escapes what it can, but leaves a tagged template's text and a regular expression as written.
  const wide = /[^\x00-\xff]/.exec(code);
  if (wide) {
    const near = JSON.stringify(code.slice(Math.max(0, wide.index - 40), wide.index + 40));
    throw new Error(`The CLI bundle has U+${wide[0].codePointAt(0).toString(16).toUpperCase()} near ${near}: write it as an escape, so that the bundle stays Latin-1.`);
  }
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  writeFileSync(outfile, `${code}//# samverkan-cli ${hash}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
