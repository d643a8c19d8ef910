import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The language packs' public modules (`@samverkan/core/locales/*`): each language whole, what the elements
// load of it, and the Swedish sections the elements embed one by one.
const LANGUAGES = ['sv', 'en', 'ar', 'so', 'sv-x-lattlast'];
const SV_SECTIONS = ['page', 'load-errors', 'area-list', 'form', 'check', 'phases', 'resources'];
const ENTRIES = [
  'src/index.ts',
  'src/light.ts',
  'src/presets/malmo/index.ts',
  ...LANGUAGES.flatMap((l) => ['index', 'ui-pack', 'ui', 'common'].map((m) => `src/locales/${l}/${m}.ts`)),
  ...SV_SECTIONS.map((m) => `src/locales/sv/${m}.ts`),
];

/** Every exported name of the package's entry points, with whether its TSDoc has a summary and an @example. */
function exportedDocs(): { entry: string; name: string; summary: boolean; example: boolean }[] {
  const root = new URL('..', import.meta.url).pathname;
  const program = ts.createProgram(
    ENTRIES.map((e) => root + e),
    { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  const out: { entry: string; name: string; summary: boolean; example: boolean }[] = [];
  for (const entry of ENTRIES) {
    const file = program.getSourceFile(root + entry)!;
    const moduleSymbol = checker.getSymbolAtLocation(file)!;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d));
      const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
      const summary = docs.some((doc) => ts.isJSDoc(doc) && typeof doc.comment === 'string' ? doc.comment.trim().length > 0 : ts.isJSDoc(doc) && Array.isArray(doc.comment) && doc.comment.length > 0);
      out.push({ entry, name: exported.name, summary, example: tags.some((t) => t.tagName.text === 'example') });
    }
  }
  return out;
}

describe('the public API', () => {
  const exported = exportedDocs();

  it('is not empty', () => {
    expect(exported.length).toBeGreaterThan(80);
  });

  it('documents every export with a summary and an @example', () => {
    const missing = exported.filter((e) => !e.summary || !e.example).map((e) => `${e.entry}: ${e.name}${e.summary ? '' : ' (no summary)'}${e.example ? '' : ' (no @example)'}`);
    expect(missing).toEqual([]);
  });
});
