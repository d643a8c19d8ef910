// Builds cdn/agreement-editor.js: the editor as one module a staff page loads with one script tag and no
// build step (examples/editor/ does). Lit, core and the two elements of the preview are bundled in;
// core comes from its source, so the modules the editor does not use are left out. The Malmö preset
// (a start choice, and the carrier CSV rows are checked in) is a chunk fetched when first needed. The
// metafile (.cdn-meta.json) feeds the size budget (scripts/size.mjs).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { coreFromSource } from '../../../scripts/esbuild-core-source.mjs';

const root = new URL('..', import.meta.url).pathname;
// The preview's elements from their source too, as their own CDN build takes them.
const elementsFromSource = {
  name: 'elements-from-source',
  setup(b) {
    b.onResolve({ filter: /^@samverkan\/elements\/define\// }, (args) => ({ path: `${root}../elements/src/define/${args.path.split('/').at(-1)}.ts` }));
  },
};

rmSync(`${root}cdn`, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { 'agreement-editor': 'src/cdn/agreement-editor.ts' },
  outdir: 'cdn',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  legalComments: 'none',
  alias: { '@samverkan/core/light': '../core/src/light.ts', '@samverkan/core': '../core/src/index.ts' },
  plugins: [coreFromSource(`${root}../core/src/`), elementsFromSource],
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(`${root}.cdn-meta.json`, JSON.stringify(result.metafile));
