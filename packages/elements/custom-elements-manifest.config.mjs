// The custom elements manifest: the components, their registrations, and the base class they inherit
// src, timeout, agreement and heading-level from. Events are the ones documented with @fires on the
// class: what the analyzer guesses from a dispatchEvent of an Event subclass (no name, or the name of a
// constructor argument) is dropped, and so is the
// internal reactive state (loadState, the filters): the analyzer reads every key of `static properties`
// as public, while every public one is documented and the state is not.
export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts', 'src/internal/agreement-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name && e.description);
            if (!d.tagName) continue;
            const internal = new Set((d.members ?? []).filter((m) => m.kind === 'field' && !m.description && !m.static).map((m) => m.name));
            d.members = (d.members ?? []).filter((m) => !internal.has(m.name));
            d.attributes = (d.attributes ?? []).filter((a) => !internal.has(a.fieldName ?? a.name));
          }
        }
      },
    },
  ],
};
