import { defineConfig } from 'tsup';

export default defineConfig([
  // For bundler users: one module per entry, lit and core left as dependencies.
  {
    entry: {
      index: 'src/index.ts',
      'define/principles': 'src/define/principles.ts',
    },
    format: ['esm'],
    dts: true,
    target: 'es2022',
    platform: 'browser',
    splitting: true,
    clean: true,
    outDir: 'dist',
    external: ['lit', /^lit\//, '@samverkan/core', /^@samverkan\/core\//],
  },
  // For webmasters: self-contained bundles, loaded with one script tag and no build step.
  {
    entry: {
      samverkan: 'src/cdn/samverkan.ts',
      principles: 'src/cdn/principles.ts',
    },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    splitting: false,
    clean: true,
    minify: true,
    outDir: 'cdn',
    noExternal: [/.*/],
  },
]);
