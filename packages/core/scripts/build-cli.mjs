// Bundles the samverkan CLI into one file, dist/cli.js, with its dependencies (date-fns, zod) inlined:
// a cold start then reads and compiles one module instead of about 400 (304 of them date-fns files for
// five functions). Only Node's own modules stay outside. src/cli/bundle.test.ts builds the same bundle
// into a temporary folder and checks it prints what the CLI prints.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Builds the CLI bundle into `outdir` (default: dist/). */
export async function buildCli(outdir = 'dist') {
  await build({
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
