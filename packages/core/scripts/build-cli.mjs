// Bundles the samverkan CLI into one file, dist/cli.js, with its dependencies (date-fns, zod) inlined:
// a cold start then reads and compiles one file instead of about 400 modules (304 of them date-fns files
// for five functions). The file is a classic script, not an ES module, so that bin/samverkan.js can
// compile it with `vm.Script` and keep V8's code cache of it after a run — the functions the run
// compiled included, which Node's own compile cache leaves out. Node's own modules are reached through
// process.getBuiltinModule, so the script needs no `require` or `import`. Its last line names a hash of
// its content: the bin keys its cache by it. src/cli/bundle.test.ts builds the same bundle into a
// temporary folder and checks that the bin running it prints what the CLI prints.
//
// The built-in languages' long dates are read from Intl here, once (src/cli/long-dates.ts), and the
// bundle's modules get src/cli/format.ts in place of src/text/format.ts, which writes them from that:
// a start then makes no Intl.DateTimeFormat, whose first one costs about a third of `node -e 0`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The long-date form of each built-in language that has one Intl-free code can write, by tag. */
async function longDates() {
  const { outputFiles } = await build({
    stdin: {
      contents: "export { readLongDateForm } from './src/cli/long-dates.ts'; export { BUILT_IN_TAGS } from './src/locales/resolve.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { readLongDateForm, BUILT_IN_TAGS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return Object.fromEntries(BUILT_IN_TAGS.map((tag) => [tag, readLongDateForm(tag)]).filter(([, form]) => form !== undefined));
}

// Every import of src/text/format.ts but the CLI's own two gets src/cli/format.ts.
const textFormat = resolve(root, 'src/text/format.ts');
const cliFormat = resolve(root, 'src/cli/format.ts');
const ownFormat = [cliFormat, resolve(root, 'src/cli/long-dates.ts')];
const formatInPlace = {
  name: 'cli-format',
  setup(b) {
    b.onResolve({ filter: /\/format\.js$/ }, (args) =>
      resolve(dirname(args.importer), args.path).replace(/\.js$/, '.ts') === textFormat && !ownFormat.includes(args.importer) ? { path: cliFormat } : undefined,
    );
  },
};

/** Builds the CLI bundle into `outdir` (default: dist/). */
export async function buildCli(outdir = 'dist') {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const outfile = resolve(root, outdir, 'cli.js');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    // A script (in strict mode, as esbuild keeps the ES modules' strictness).
    format: 'iife',
    platform: 'node',
    target: 'node20',
    define: { SAMVERKAN_VERSION: JSON.stringify(version), SAMVERKAN_LONG_DATES: JSON.stringify(await longDates()) },
    plugins: [formatInPlace],
    logLevel: 'warning',
  });
  const code = readFileSync(outfile, 'utf8');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  writeFileSync(outfile, `${code}//# samverkan-cli ${hash}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
