import { defineConfig } from 'tsup';

export default defineConfig([
  // For bundler users: one module per entry, lit and core left as dependencies.
  {
    entry: {
      index: 'src/index.ts',
      'define/principles': 'src/define/principles.ts',
      'define/area-list': 'src/define/area-list.ts',
      'define/match-form': 'src/define/match-form.ts',
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
]);
