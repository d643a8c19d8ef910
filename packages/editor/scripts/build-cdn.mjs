// Builds cdn/agreement-editor.js: the editor as one module a staff page loads with one script tag and no
// build step (examples/editor/ does). Lit, core and the two elements of the preview are bundled in;
// core comes from its source, so the modules the editor does not use are left out. The Malmö preset
// (a start choice, and the carrier CSV rows are checked in) is a chunk fetched when first needed. The
// metafile (.cdn-meta.json) feeds the size budget (scripts/size.mjs).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { cdnBuildOptions } from '../../../scripts/esbuild-core-source.mjs';

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
  ...cdnBuildOptions(root, [elementsFromSource]),
  entryPoints: { 'agreement-editor': 'src/cdn/agreement-editor.ts' },
});
writeFileSync(`${root}.cdn-meta.json`, JSON.stringify(result.metafile));
