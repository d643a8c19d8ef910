// Bundles the React page with esbuild, as a site built with React would bundle it: React, and the elements
// from the @samverkan/elements package (its define/ modules, with Lit and core as its dependencies).
import { build } from 'esbuild';

await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: ['src/main.tsx'],
  entryNames: 'app',
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  // The form's checks, its matching and the src loader stay chunks of their own, fetched when needed.
  splitting: true,
  target: 'es2022',
  platform: 'browser',
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  // tsup's output imports some shared chunks bare; they have no side effects, so leaving them out is right.
  logOverride: { 'ignored-bare-import': 'silent' },
});
console.log('examples/react/dist/app.js built');
