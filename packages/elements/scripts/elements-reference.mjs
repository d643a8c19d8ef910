// Writes docs/api/elements.md, the elements' reference, from the custom elements manifest: each tag's
// attributes, properties, events, parts, custom properties and states. Generated, not committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const esc = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`), ''] : []);

const out = ['# Elements reference', '', 'Generated from `packages/elements/custom-elements.json` by `pnpm run docs:api`.', ''];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    out.push(`## \`<${d.tagName}>\``, '', esc(d.description).replace(/\\\|/g, '|'), '');
    const attributes = (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.type?.text ?? '', a.default ?? '', a.description ?? '']);
    out.push('### Attributes', '', ...table(['attribute', 'type', 'default', 'description'], attributes));
    const props = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && m.description);
    out.push('### Properties', '', ...table(['property', 'type', 'description'], props.map((m) => [`\`${m.name}\``, m.type?.text ?? '', m.description])));
    out.push('### Events', '', ...table(['event', 'description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? ''])));
    out.push('### CSS parts', '', ...table(['part', 'description'], (d.cssParts ?? []).map((p) => [`\`::part(${p.name})\``, p.description ?? ''])));
    out.push('### CSS custom properties', '', ...table(['property', 'description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? ''])));
    out.push('### CSS states', '', ...table(['state', 'description'], (d.cssStates ?? []).map((s) => [`\`:state(${s.name})\``, s.description ?? ''])));
  }
}
mkdirSync(`${root}../../docs/api`, { recursive: true });
writeFileSync(`${root}../../docs/api/elements.md`, `${out.join('\n')}\n`);
