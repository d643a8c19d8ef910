// Builds cdn/agreement-editor.js: the editor as one module a staff page loads with one script tag and no
// build step (examples/editor/ does). Lit, core and the two elements of the preview are bundled in;
// core comes from its source, so the modules the editor does not use are left out. The Malmö preset
// (a start choice, and the carrier CSV rows are checked in) is a chunk fetched when first needed. The
// metafile (.cdn-meta.json) feeds the size budget (scripts/size.mjs).
import { build } from 'esbuild';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const coreSrc = `${root}../core/src/`;
// @samverkan/core/<subpath> → core's source (an alias cannot say this: the one for @samverkan/core points at a file).
const coreFromSource = {
  name: 'core-from-source',
  setup(b) {
    // The preview's elements from their source too, as their own CDN build takes them.
    b.onResolve({ filter: /^@samverkan\/elements\/define\// }, (args) => ({ path: `${root}../elements/src/define/${args.path.split('/').at(-1)}.ts` }));
    b.onResolve({ filter: /^@samverkan\/core\/(locales|presets)\// }, (args) => {
      const rest = args.path.slice('@samverkan/core/'.length);
      const file = `${coreSrc}${rest}.ts`;
      return { path: existsSync(file) ? file : `${coreSrc}${rest}/index.ts` };
    });
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
  plugins: [coreFromSource],
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(`${root}.cdn-meta.json`, JSON.stringify(result.metafile));
