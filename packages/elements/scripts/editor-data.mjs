// Writes what editors read, from the custom elements manifest (so it can never drift from the classes):
// vscode.html-custom-data.json (VS Code's html.customData: completion and hover for the tags and their
// attributes) and web-types.json (JetBrains IDEs, found through package.json's "web-types"). Both ship.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** The choices of a union of string literals (`'cards' | 'list'`), or none. */
function choices(type) {
  const parts = (type?.text ?? '').split('|').map((t) => t.trim());
  return parts.length > 0 && parts.every((t) => /^'[^']*'$/.test(t)) ? parts.map((t) => t.slice(1, -1)) : [];
}
const firstLine = (text) => (text ?? '').split('\n\n')[0].replace(/\s+/g, ' ').trim();

const vscode = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: firstLine(el.description),
    attributes: [
      ...(el.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...(choices(a.type).length ? { values: choices(a.type).map((name) => ({ name })) } : {}),
        ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
      { name: 'lang', description: 'The language: sv (the default) or en; otherwise the nearest ancestor’s lang applies.', values: [{ name: 'sv' }, { name: 'en' }] },
    ],
  })),
};

const webTypes = {
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: firstLine(el.description),
        attributes: (el.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          value: choices(a.type).length ? { type: 'enum', enum: choices(a.type) } : { type: a.type?.text === 'boolean' ? 'boolean' : a.type?.text === 'number' ? 'number' : 'string' },
        })),
        events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
        css: {
          parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
};

writeFileSync(new URL('vscode.html-custom-data.json', root), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(new URL('web-types.json', root), `${JSON.stringify(webTypes, null, 2)}\n`);
