import { defineConfig } from 'tsup';

// One entry per language (the whole pack), one for what the web components load of it (ui-pack), and
// its interface and common words alone (the elements embed the Swedish ones section by section).
const LANGUAGES = ['sv', 'en', 'ar', 'so', 'sv-x-lattlast'];
const locales = Object.fromEntries(
  LANGUAGES.flatMap((l) => [
    [`locales/${l}`, `src/locales/${l}/index.ts`],
    [`locales/${l}/ui-pack`, `src/locales/${l}/ui-pack.ts`],
    [`locales/${l}/ui`, `src/locales/${l}/ui.ts`],
    [`locales/${l}/common`, `src/locales/${l}/common.ts`],
  ]),
);
// The Swedish interface section by section: each element bundles only its own.
for (const section of ['page', 'load-errors', 'area-list', 'form', 'check', 'phases', 'resources']) locales[`locales/sv/${section}`] = `src/locales/sv/${section}.ts`;
// The field descriptions of agreement.json, for editors that give field help without the whole core.
for (const l of ['sv', 'en']) locales[`locales/${l}/schema`] = `src/locales/${l}/schema.ts`;
// The agreement editor's words, Swedish and English (the other languages fall back to Swedish).
for (const l of ['sv', 'en']) locales[`locales/${l}/editor`] = `src/locales/${l}/editor.ts`;
const entries = {
  index: 'src/index.ts',
  light: 'src/light.ts',
  'presets/malmo': 'src/presets/malmo/index.ts',
  ...locales,
};

export default defineConfig({
  entry: entries,
  format: ['esm'],
  dts: { entry: entries },
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  clean: true,
  sourcemap: false,
  external: ['node:*'],
});
