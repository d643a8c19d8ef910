// Which language pack the elements speak: Swedish is built in, each element carrying only its own section
// of the Swedish pack; every other built-in language is a chunk loaded whole the first time a page asks
// for it, so a Swedish-only page pays nothing for the others. A pack
// registered with registerLanguage wins over a built-in one with the same tag.
import { languageChain, registerLanguage as registerInCore, registeredLanguage, type PartialPack, type UiPack } from '@samverkan/core/light';

// The chunks of the built-in languages, by tag. Each is one dynamic import, so bundlers split it off.
const BUILT_IN: Readonly<Record<string, () => Promise<UiPack>>> = {
  en: () => import('@samverkan/core/locales/en/ui-pack').then((m) => m.uiPack),
  ar: () => import('@samverkan/core/locales/ar/ui-pack').then((m) => m.uiPack),
  so: () => import('@samverkan/core/locales/so/ui-pack').then((m) => m.uiPack),
  'sv-x-lattlast': () => import('@samverkan/core/locales/sv-x-lattlast/ui-pack').then((m) => m.uiPack),
};

const loaded = new Map<string, UiPack>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

const isUiPack = (p: PartialPack | undefined): p is PartialPack & UiPack => !!p && !!p.ui && !!p.common && !!p.matching;

function load(tag: string): void {
  if (loading.has(tag)) return;
  const start = BUILT_IN[tag]!;
  loading.set(
    tag,
    start().then(
      (pack) => {
        loaded.set(tag, pack);
        for (const listener of [...listeners]) listener();
      },
      // A chunk that fails to load (offline) leaves the next language in the chain, Swedish in the end;
      // a later render tries again.
      () => void loading.delete(tag),
    ),
  );
}

/**
 * The pack to speak now for a language tag: the first along its chain that is registered or loaded;
 * `undefined` when that is the built-in Swedish (each element holds its Swedish words itself). A built-in
 * pack met on the way that is not loaded yet starts loading, and every subscriber hears when it arrives.
 */
export function packFor(tag: string): UiPack | undefined {
  for (const t of languageChain(tag)) {
    const registered = registeredLanguage(t);
    if (isUiPack(registered)) return registered;
    if (t === 'sv') return undefined;
    const have = loaded.get(t);
    if (have) return have;
    if (BUILT_IN[t]) load(t);
  }
  return undefined;
}

/** Settles when every built-in pack along the tag's chain that is loading has arrived (or failed). */
export function packsSettled(tag: string): Promise<void> {
  packFor(tag);
  const pending = languageChain(tag).flatMap((t) => (loading.has(t) && !loaded.has(t) ? [loading.get(t)!] : []));
  return Promise.all(pending).then(() => undefined);
}

/** Calls `listener` whenever a language pack arrives or is registered; returns the unsubscribe. */
export function onPackChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The built-in language tags of the elements: `sv` (built in) and those loaded on demand. */
export const ELEMENT_LANGUAGES: readonly string[] = ['sv', ...Object.keys(BUILT_IN)];

/**
 * Adds a language to the elements, or replaces a built-in one: a pack with `locale` (its BCP 47 tag),
 * `ui`, `common` and `matching`, each complete (TypeScript checks every key and parameter against
 * the Swedish pack). Elements on the page whose language it is re-render in it at once.
 *
 * @example
 * ```ts
 * import { registerLanguage } from '@samverkan/elements';
 * import { uiPack as en } from '@samverkan/core/locales/en/ui-pack';
 * registerLanguage({ ...en, locale: 'fi', ui: { ...en.ui, page: { ...en.ui.page, retry: 'Yritä uudelleen' } } });
 * ```
 */
export function registerLanguage(pack: UiPack | PartialPack): void {
  registerInCore(pack);
  for (const listener of [...listeners]) listener();
}
