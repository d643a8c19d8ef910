// The CLI bundle's locales/built-in: scripts/build-cli.mjs puts it in place of src/locales/built-in.ts
// for every module of the bundle. A language's pack is made the first time it is asked for, not on
// every start, and each of its sections (the issues' wording, the CLI's, the report's, the editor's, …)
// when first read: `samverkan validate` in Swedish reads the Swedish issues and CLI sections and no
// other, so the other packs and sections (most of the bundle's text) are neither run nor kept in the
// start's code cache. The bundle turns each `require` into that module's first and only evaluation.
import type { LocaleMessages } from '../issue/issue.js';
import type { LanguagePack } from '../locales/types.js';

// Each built-in pack's keys in their order, written in by the build (scripts/build-cli.mjs) from
// src/locales/built-in.ts, which also checks that the packs made here hold the very same values.
declare const SAMVERKAN_PACK_KEYS: Readonly<Record<string, readonly string[]>>;

/** A language's modules: its issues' wording (whose keys the pack takes as its own) and its sections by name. */
interface PackModules {
  issues: () => LocaleMessages;
  sections: Readonly<Record<string, () => unknown>>;
}

const MODULES: Readonly<Record<string, PackModules>> = {
  sv: {
    issues: () => require('../locales/sv/issues.js').issues,
    sections: {
      common: () => require('../locales/sv/common.js').common,
      matching: () => require('../locales/sv/matching.js').matching,
      ui: () => require('../locales/sv/ui.js').ui,
      cli: () => require('../locales/sv/cli.js').cli,
      report: () => require('../locales/sv/report.js').report,
      schema: () => require('../locales/sv/schema.js').schema,
      editor: () => require('../locales/sv/editor.js').editor,
    },
  },
  en: {
    issues: () => require('../locales/en/issues.js').issues,
    sections: {
      common: () => require('../locales/en/common.js').common,
      matching: () => require('../locales/en/matching.js').matching,
      ui: () => require('../locales/en/ui.js').ui,
      cli: () => require('../locales/en/cli.js').cli,
      report: () => require('../locales/en/report.js').report,
      schema: () => require('../locales/en/schema.js').schema,
      editor: () => require('../locales/en/editor.js').editor,
    },
  },
  ar: {
    issues: () => require('../locales/ar/issues.js').issues,
    sections: {
      common: () => require('../locales/ar/common.js').common,
      matching: () => require('../locales/ar/matching.js').matching,
      ui: () => require('../locales/ar/ui.js').ui,
    },
  },
  so: {
    issues: () => require('../locales/so/issues.js').issues,
    sections: {
      common: () => require('../locales/so/common.js').common,
      matching: () => require('../locales/so/matching.js').matching,
      ui: () => require('../locales/so/ui.js').ui,
    },
  },
  'sv-x-lattlast': {
    issues: () => require('../locales/sv-x-lattlast/issues.js').issues,
    sections: {
      common: () => require('../locales/sv-x-lattlast/common.js').common,
      matching: () => require('../locales/sv-x-lattlast/matching.js').matching,
      ui: () => require('../locales/sv-x-lattlast/ui.js').ui,
    },
  },
};

/** A value made when first read, then kept. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** The pack of `tag`, as its index module writes it (`{ ...issues, common, … }`), each key read when first asked for. */
function lazyPack(tag: string, modules: PackModules): LanguagePack {
  const issues = once(modules.issues);
  const pack = {};
  for (const key of SAMVERKAN_PACK_KEYS[tag] ?? []) {
    const section = modules.sections[key];
    const get = once(section ?? (() => (issues() as unknown as Record<string, unknown>)[key]));
    Object.defineProperty(pack, key, { enumerable: true, get });
  }
  return pack as LanguagePack;
}

/**
 * Every built-in language by tag, as src/locales/built-in.ts has them, each pack and each of its
 * sections made when first read.
 *
 * @example
 * ```ts
 * BUILT_IN.en!.cli!.usage; // makes the English CLI section, once
 * ```
 */
export const BUILT_IN: Readonly<Record<string, LanguagePack>> = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.entries(MODULES).map(([tag, modules]) => {
      const pack = once(() => lazyPack(tag, modules));
      return [tag, { enumerable: true, get: pack }];
    }),
  ),
);
