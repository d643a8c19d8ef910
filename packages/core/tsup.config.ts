import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    light: 'src/light.ts',
    'presets/malmo': 'src/presets/malmo/index.ts',
    'locales/sv': 'src/locales/sv.ts',
    'locales/en': 'src/locales/en.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', light: 'src/light.ts', 'presets/malmo': 'src/presets/malmo/index.ts', 'locales/sv': 'src/locales/sv.ts', 'locales/en': 'src/locales/en.ts' } },
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  clean: true,
  sourcemap: false,
  external: ['node:*'],
});
