import { defineConfig } from 'tsup';

// For bundler users: one module per entry, lit, core and the elements left as dependencies.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'define/agreement-editor': 'src/define/agreement-editor.ts',
    },
    format: ['esm'],
    dts: true,
    target: 'es2022',
    platform: 'browser',
    splitting: true,
    clean: true,
    outDir: 'dist',
    external: ['lit', /^lit\//, '@samverkan/core', /^@samverkan\/core\//, '@samverkan/elements', /^@samverkan\/elements\//],
  },
]);
