// Every human word goes through the language packs (src/locales). This scans the source of core, the
// elements and the editor for string literals and template text that read as words for a person, outside the packs,
// and fails on any not in the small allow-list below of strings that are not for people.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../../', import.meta.url).pathname; // the repository

// Whole files that hold data or developer-facing text, not interface wording.
const SKIP_FILES = [
  /\.test\.ts$/,
  /^packages\/core\/src\/locales\//, // the packs themselves
  /^packages\/core\/src\/presets\//, // an agreement's own texts (Malmöandan), data with sv and en
  /^packages\/core\/src\/municipality-code\/data\.ts$/, // SCB's list of kommun names
  /^packages\/core\/src\/municipality-code\/county\.ts$/, // SCB's list of län and their regions' names
  /^packages\/elements\/src\/internal\/malmo-listing\.ts$/, // generated from the preset
  /^packages\/elements\/src\/cdn\/pages\.ts$/, // test support: an interest typed into the form
  /^packages\/core\/src\/json-schema\/examples\.ts$/, // example values of the file's fields: data, like the preset
  /^packages\/core\/src\/_lib\/fast-parse-emit\.ts$/, // TypeScript source written as text (the emitted parsers), not wording
];

// Literals that look like words but are not for a person.
const ALLOW = new Set<string>([
  // A CSS selector.
  'input, select, textarea',
  // Popolo's classification and role vocabulary in the open-data export: stable values, not wording.
  'idéburen sektor',
  'förvaltning',
  'informell grupp',
  'idéburen organisation',
  'prioriterat område',
  'idéburet offentligt partnerskap',
  'värd',
  // A JSON-LD type in the same export.
  'Organization',
]);

// Keys under which data holds a text per language ({ sv: …, en: … }): an agreement's own texts, not wording.
const LANGUAGE_KEYS = new Set(['sv', 'en', 'ar', 'so']);

// Attributes whose value a person reads (or hears).
const HUMAN_ATTRIBUTES = /\b(?:aria-label|aria-description|aria-roledescription|title|alt|placeholder)\s*=\s*["']?([^"'>]*)/gi;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

// Two words of letters, or a Swedish letter: what a message reads like. Ids, codes, tag names and
// single keys ("status", "sv", "application/json") are not.
const reads = (text: string) => /\p{L}{2,}[,.:;!?]?\s+\p{L}{2,}/u.test(text) || /[åäöÅÄÖ]/.test(text) || /^\p{Lu}\p{Ll}+[.:!?]?$/u.test(text.trim());

/** The human-looking strings of one file, each with its line. */
export function humanStrings(file: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const report = (node: ts.Node, value: string) => {
    const t = value.trim();
    if (t && !ALLOW.has(t)) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: t });
  };
  const tagOf = (node: ts.Node): string | undefined => {
    for (let p = node.parent; p; p = p.parent) {
      if (ts.isTaggedTemplateExpression(p)) return p.tag.getText();
      if (!ts.isTemplateSpan(p) && !ts.isTemplateExpression(p)) return undefined;
    }
    return undefined;
  };
  // What is thrown at a programmer, or written to a developer's console, is for developers (in English).
  const isProgrammerError = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isThrowStatement(p)) return true;
      if (ts.isCallExpression(p) && /^console\.\w+$/.test(p.expression.getText())) return true;
      if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag.getText();
      if (tag === 'css') return;
      if (tag === 'html' || tag === 'svg') {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
        const markup = parts.join('\u0000');
        // Text between tags a person reads, and the values of attributes they hear.
        // (Character references such as &nbsp; are spacing, not words.)
        const between = markup.replace(/<[^>]*>/g, '\u0000').replace(/&(?:[a-z]+|#\d+);/gi, ' ').split('\u0000');
        for (const piece of between) if (/\p{L}/u.test(piece)) report(node, piece);
        for (const m of markup.matchAll(HUMAN_ATTRIBUTES)) if (/\p{L}/u.test(m[1] ?? '')) report(node, m[1]!);
        ts.forEachChild(t, visit);
        return;
      }
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && !tagOf(node)) {
      const parent = node.parent;
      const isKey = parent && (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
      const isLocalizedData = parent && ts.isPropertyAssignment(parent) && LANGUAGE_KEYS.has(parent.name.getText().replace(/['"]/g, ''));
      const isModule = parent && ts.isCallExpression(parent) && (parent.expression.kind === ts.SyntaxKind.ImportKeyword || parent.expression.getText() === 'require');
      if (!isKey && !isLocalizedData && !isModule && !isProgrammerError(node) && reads(node.text)) report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const FILES = ['packages/core/src', 'packages/elements/src', 'packages/editor/src']
  .flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .map((path) => relative(ROOT, path))
  .filter((path) => !SKIP_FILES.some((skip) => skip.test(path)));

describe('human wording outside the language packs', () => {
  it('finds the source files to scan', () => {
    expect(FILES.length).toBeGreaterThan(40);
  });

  it('finds none in core, the elements or the editor', () => {
    const found = FILES.flatMap((file) => humanStrings(file, readFileSync(join(ROOT, file), 'utf8')).map((h) => `${file}:${h.line}: ${h.text}`));
    expect(found).toEqual([]);
  });

  it('would catch a message, a label in a template and a heard attribute', () => {
    const sample = [
      "const a = 'Kontrollera organisationsnumret';",
      'const b = html`<p>Hämtar …</p>`;',
      'const c = html`<button aria-label="Close the dialog"></button>`;',
      "const d = `Det finns ${n} fel`;",
      "const e = { label: 'Stadsdel' };",
    ].join('\n');
    expect(humanStrings('sample.ts', sample).map((h) => h.text)).toEqual(['Kontrollera organisationsnumret', 'Hämtar …', 'Close the dialog', 'Det finns', 'Stadsdel']);
  });

  it('lets codes, tag names, CSS, imports, types and programmer errors be', () => {
    const sample = [
      "import { x } from '@samverkan/core/locales/sv/form';",
      "type L = 'sv' | 'en';",
      "const a = 'samverkan-load-error';",
      'const b = css`:host { display: block; margin-inline: auto }`;',
      'const c = html`<div part="base" class="status" role="status"></div>`;',
      "throw new TypeError('registerLanguage needs a pack');",
      "console.warn('<samverkan-match-form>: no privacy-href, so no link is shown.');",
    ].join('\n');
    expect(humanStrings('sample.ts', sample)).toEqual([]);
  });
});
