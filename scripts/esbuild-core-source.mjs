// What the CDN builds share: @samverkan/core's subpaths taken from its source, so a bundle carries only
// the modules it uses (an esbuild alias cannot say this: the one for @samverkan/core points at a file),
// and the build options themselves.
import { existsSync } from 'node:fs';

/** Resolves `@samverkan/core/locales/…` and `@samverkan/core/presets/…` to core's `src/` (`<path>.ts` or `<path>/index.ts`). */
export function coreFromSource(coreSrc) {
  return {
    name: 'core-from-source',
    setup(b) {
      b.onResolve({ filter: /^@samverkan\/core\/(locales|presets)\// }, (args) => {
        const rest = args.path.slice('@samverkan/core/'.length);
        const file = `${coreSrc}${rest}.ts`;
        return { path: existsSync(file) ? file : `${coreSrc}${rest}/index.ts` };
      });
    },
  };
}

/**
 * The options every CDN build shares: ES modules in chunks, minified for the browser, @samverkan/core
 * from its source (the alias for its two entry points, {@link coreFromSource} for its subpaths), and a
 * metafile for the size budgets. A build adds its entry points and any plugins of its own.
 */
export function cdnBuildOptions(root, plugins = []) {
  return {
    absWorkingDir: root,
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
    plugins: [coreFromSource(`${root}../core/src/`), ...plugins],
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    metafile: true,
    logLevel: 'warning',
  };
}
