// What the CDN builds share: @samverkan/core's subpaths taken from its source, so a bundle carries only
// the modules it uses (an esbuild alias cannot say this: the one for @samverkan/core points at a file).
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
