// The CLI bundle's locales/built-in: scripts/build-cli.mjs puts it in place of src/locales/built-in.ts
// for every module of the bundle. A language's pack is made the first time it is asked for, not on
// every start: `samverkan validate` in Swedish reads the Swedish pack and no other, and four packs'
// catalogues (two fifths of the bundle) are neither run nor kept in the start's code cache. The bundle
// turns each `require` into that module's first and only evaluation.
import type { LanguagePack } from '../locales/types.js';

const LOADERS: Readonly<Record<string, () => LanguagePack>> = {
  sv: () => (require('../locales/sv/index.js') as typeof import('../locales/sv/index.js')).sv,
  en: () => (require('../locales/en/index.js') as typeof import('../locales/en/index.js')).en,
  ar: () => (require('../locales/ar/index.js') as typeof import('../locales/ar/index.js')).ar,
  so: () => (require('../locales/so/index.js') as typeof import('../locales/so/index.js')).so,
  'sv-x-lattlast': () => (require('../locales/sv-x-lattlast/index.js') as typeof import('../locales/sv-x-lattlast/index.js')).svLattlast,
};

/**
 * Every built-in language by tag, as src/locales/built-in.ts has them, each pack made when first read.
 *
 * @example
 * ```ts
 * BUILT_IN.en!.cli!.usage; // makes the English pack, once
 * ```
 */
export const BUILT_IN: Readonly<Record<string, LanguagePack>> = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.entries(LOADERS).map(([tag, load]) => {
      let pack: LanguagePack | undefined;
      return [tag, { enumerable: true, get: () => (pack ??= load()) }];
    }),
  ),
);
