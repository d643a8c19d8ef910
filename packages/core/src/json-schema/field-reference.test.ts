import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schema as enSchema } from '../locales/en/schema.js';
import { schema as svSchema } from '../locales/sv/schema.js';
import { fieldReference } from './field-reference.js';

const DOCS = new URL('../../../../docs/reference/', import.meta.url);
const PAGES = [
  ['sv', 'fields.sv.md'],
  ['en', 'fields.md'],
] as const;

describe('the field reference in docs/reference/', () => {
  it.each(PAGES)('is what the schema generates (%s, %s)', (locale, file) => {
    const committed = readFileSync(new URL(file, DOCS), 'utf8');
    const generated = fieldReference(locale);
    // Say which command brings the page in step, not only that it differs.
    expect(committed === generated, `docs/reference/${file} is out of step with the schema: run \`pnpm run build && pnpm --filter @samverkan/core run docs:fields\` and commit the result`).toBe(true);
  });

  it('lists every object of the file with its fields, in the language asked for', () => {
    const sv = fieldReference('sv');
    expect(sv).toContain(`# ${svSchema.reference.title}`);
    expect(sv).toContain('## `plans[].areas[].hosts[]`');
    expect(sv).toContain('## `iops[]`');
    expect(sv).toContain('## `rules{…}`');
    expect(sv).toMatch(/\| `code` \| text \| ja \| Kommunkod: SCB:s fyrsiffriga kod[^\n]*Exempel: `"1280"`, `"12"`, `"14"` \|/);
    expect(sv).toMatch(/\| `ways` \| lista \(text\) \| ja \| [^\n]*Värden: `hosting`, `coordinators`, `working-group`, `forums`, `secretariat`, `conference`/);
    expect(sv).toMatch(/\| `name` \| text per språk \| ja \| Områdets namn/);
    const en = fieldReference('en');
    expect(en).toContain(`# ${enSchema.reference.title}`);
    expect(en).toMatch(/\| `organisationNumber` \| text \| no \| Organisationsnummer: ten digits/);
  });

  it('lists the fields every object may carry once, not under every object', () => {
    const sv = fieldReference('sv');
    const shared = sv.slice(sv.indexOf(`## ${svSchema.reference.shared}`), sv.indexOf(`## ${svSchema.reference.top}`));
    for (const name of ['`$comment`', '`sources`', '`sources[].url`', '`sources[].read`', '`certainty`', '`inferred`']) expect(shared).toContain(`| ${name} |`);
    const areas = sv.slice(sv.indexOf('## `plans[].areas[]`'), sv.indexOf('## `plans[].areas[].hosts[]`'));
    expect(areas).toContain('| `phase` |');
    expect(areas).not.toContain('| `certainty` |');
  });
});
