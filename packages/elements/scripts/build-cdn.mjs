// Builds the bundles a webmaster loads with one script tag and no build step: cdn/samverkan.js (every
// element), cdn/area-list.js, cdn/principles.js and cdn/match-form.js. Shared code (Lit, the Malmö
// default) goes into cdn/chunks/ once. What only some pages need is a chunk fetched when needed: the
// schema that checks an agreement loaded with `src`, the form's checks (fetched when the user first
// reaches into the form) and its matching (only with `candidates-src`). Core is bundled from its source, so the modules a bundle does not
// use are left out. The metafile (.cdn-meta.json) feeds the size budgets (scripts/size.mjs).
import { build } from 'esbuild';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cdnBuildOptions } from '../../../scripts/esbuild-core-source.mjs';

// Lit's css`` templates are strings esbuild does not minify: drop their comments and fold their white space.
const minifyCss = {
  name: 'minify-css-templates',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8').replace(/css`([^`]*)`/g, (_, body) =>
        `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').trim()}\``,
      );
      return { contents: source, loader: 'ts' };
    });
  },
};

// Language packs come from core's source too (scripts/esbuild-core-source.mjs):
// @samverkan/core/locales/<tag>/ui-pack → src/locales/<tag>/ui-pack.ts.

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}cdn`, { recursive: true, force: true });
const result = await build({
  ...cdnBuildOptions(root, [minifyCss]),
  // samverkan.js is not bundled: it imports the element bundles, so a page that uses several loads the
  // shared code once, and each element bundle stays one file plus one shared chunk.
  entryPoints: { 'area-list': 'src/cdn/area-list.ts', principles: 'src/cdn/principles.ts', 'match-form': 'src/cdn/match-form.ts' },
});
copyFileSync(`${root}scripts/samverkan.js`, `${root}cdn/samverkan.js`);
// The stylesheet of the HTML `samverkan render` writes (for pages without JavaScript), beside the bundles.
copyFileSync(`${root}src/fallback/samverkan.css`, `${root}cdn/samverkan.css`);
result.metafile.outputs['cdn/samverkan.js'] = {
  bytes: readFileSync(`${root}cdn/samverkan.js`).length,
  inputs: {},
  imports: [
    { path: 'cdn/area-list.js', kind: 'import-statement' },
    { path: 'cdn/principles.js', kind: 'import-statement' },
    { path: 'cdn/match-form.js', kind: 'import-statement' },
  ],
  exports: [],
};
// The metafile feeds the size budgets; it stays out of cdn/, which is published.
writeFileSync(`${root}.cdn-meta.json`, JSON.stringify(result.metafile));
