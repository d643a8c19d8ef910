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
      // The manifest points at the files the package ships, not at its sources: the element classes (and
      // the base class they inherit from) in dist/index.js, each registration in dist/define/<name>.js.
      // Modules with no element in them (wording, the form's helpers) are not part of the public API.
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        const INDEX = 'dist/index.js';
        const shipped = (path) => {
          const define = /^\/?src\/define\/([a-z-]+)\.[jt]s$/.exec(path ?? '');
          if (define) return `dist/define/${define[1]}.js`;
          return /^\/?src\/(components\/([a-z-]+)\/\2|internal\/agreement-element)\.[jt]s$/.test(path ?? '') ? INDEX : undefined;
        };
        const index = { kind: 'javascript-module', path: INDEX, declarations: [], exports: [] };
        const defines = [];
        for (const mod of customElementsManifest.modules) {
          const target = shipped(mod.path);
          if (!target) continue;
          for (const d of mod.declarations ?? []) {
            if (d.superclass?.module) d.superclass.module = shipped(d.superclass.module) ?? d.superclass.module;
            for (const m of [...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])]) {
              if (m.inheritedFrom?.module) m.inheritedFrom.module = shipped(m.inheritedFrom.module) ?? m.inheritedFrom.module;
            }
          }
          for (const e of mod.exports ?? []) if (e.declaration?.module) e.declaration.module = shipped(e.declaration.module) ?? e.declaration.module;
          if (target === INDEX) {
            index.declarations.push(...(mod.declarations ?? []).filter((d) => d.kind === 'class'));
            index.exports.push(...(mod.exports ?? []).filter((e) => e.declaration.name !== 'AgreementElement'));
          } else {
            defines.push({ ...mod, path: target });
          }
        }
        customElementsManifest.modules = [index, ...defines];
      },
    },
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
