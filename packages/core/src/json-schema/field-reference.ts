import type { PartialPack, SchemaText } from '../locales/types.js';
import { agreementJsonSchema } from './json-schema.js';
import { schemaDescriptions } from './fields.js';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Row {
  name: string;
  type: string;
  required: boolean;
  description: string;
  values: string[];
  examples: readonly unknown[];
}

interface Section {
  path: string;
  /** The description of the field that holds the object. */
  description: string;
  rows: Row[];
}

type Pending = [objects: Node[], key: string, display: string, description: string];

/** The variants of a schema: the members of a union, or the schema itself. */
function variants(node: Node): Node[] {
  const union = node.oneOf ?? node.anyOf;
  return Array.isArray(union) ? union.filter(isNode).flatMap(variants) : [node];
}

/** A localised text: `{ sv, en? }` with any other language beside. */
function isText(node: Node): boolean {
  return isNode(node.properties) && Object.hasOwn(node.properties, 'sv') && Array.isArray(node.required) && node.required.includes('sv') && Object.keys(node.properties).every((k) => k === 'sv' || k === 'en');
}

/** The object schemas a property's value holds, through lists, unions and maps (the rules settings). */
function objectsIn(node: Node): Node[] {
  if (isText(node)) return [];
  if (isNode(node.items)) return objectsIn(node.items);
  const found = variants(node).filter((v) => isNode(v.properties));
  if (found.length > 0) return found;
  return isNode(node.additionalProperties) ? objectsIn(node.additionalProperties) : [];
}

/** How the reference writes a property's path below its parent: `[]` for a list, `{…}` for a map. */
function step(node: Node): string {
  if (isNode(node.items)) return '[]';
  if (!isNode(node.properties) && isNode(node.additionalProperties)) return '{…}';
  return '';
}

function typeOf(node: Node, words: SchemaText['reference']['types']): string {
  if (isText(node)) return words.text;
  const type = node.type;
  if (type === 'array') return `${words.array} (${isNode(node.items) ? typeOf(node.items, words) : '?'})`;
  if (type === 'string') {
    if (node.format === 'date') return words.date;
    if (typeof node.pattern === 'string' && node.pattern.startsWith('^https?')) return words.url;
    if (node.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return words.id;
    return words.string;
  }
  if (type === 'integer' || type === 'number' || type === 'boolean') return words[type];
  if (type === 'object') return isNode(node.properties) ? words.object : words.map;
  const all = variants(node);
  return all.length > 1 ? [...new Set(all.map((v) => typeOf(v, words)))].join(' | ') : '?';
}

/** The values a property allows: its enumeration or constants, a map's keys, a number's range. */
function valuesOf(node: Node): string[] {
  const inner = isNode(node.items) ? node.items : node;
  const list = variants(inner).flatMap((v) => (Array.isArray(v.enum) ? v.enum : 'const' in v ? [v.const] : []));
  if (list.length > 0) return list.map((v) => `\`${String(v)}\``);
  if (isNode(inner.propertyNames) && Array.isArray(inner.propertyNames.enum)) return inner.propertyNames.enum.map((v) => `\`${String(v)}\``);
  const range: string[] = [];
  if (typeof inner.minimum === 'number') range.push(`≥ ${inner.minimum}`);
  if (typeof inner.exclusiveMinimum === 'number') range.push(`> ${inner.exclusiveMinimum}`);
  if (typeof inner.maximum === 'number' && inner.maximum < Number.MAX_SAFE_INTEGER) range.push(`≤ ${inner.maximum}`);
  return range.length > 0 ? [range.join(', ')] : [];
}

/**
 * The sections of the reference: one per object of the file, in the order the file holds them. Fields
 * every object may carry (those the catalogue describes with a `*.` key) are gathered once in `shared`.
 */
function collect(root: Node, fields: SchemaText['fields'], types: SchemaText['reference']['types']): { sections: Section[]; shared: Section } {
  const sections: Section[] = [];
  const shared: Section = { path: '', description: '', rows: [] };
  const sharedSeen = new Set<string>();

  // `displayPrefix` starts each row's name (the shared table's `sources[].url`); `sectionPath` the path
  // of an object found inside (`plans[].areas[]`).
  const rowsOf = (objects: Node[], keyPrefix: string, displayPrefix: string, sectionPath: string, into: Section, queue: Pending[]): void => {
    const names = [...new Set(objects.flatMap((o) => Object.keys(o.properties as Node)))];
    for (const name of names) {
      const holders = objects.filter((o) => Object.hasOwn(o.properties as Node, name));
      const value = (holders[0]!.properties as Node)[name] as Node;
      const key = keyPrefix ? `${keyPrefix}.${name}` : name;
      const display = `${displayPrefix}${name}`;
      const required = holders.every((o) => Array.isArray(o.required) && o.required.includes(name));
      const row: Row = {
        name: display,
        type: typeOf(value, types),
        required,
        description: typeof value.description === 'string' ? value.description : '',
        // A union's variants each hold their own constant (`state`): the field allows all of them.
        values: [...new Set(holders.flatMap((o) => valuesOf((o.properties as Node)[name] as Node)))],
        examples: Array.isArray(value.examples) ? value.examples : [],
      };
      const nested = objectsIn(value);
      if (!Object.hasOwn(fields, key) && into !== shared) {
        // Described by a `*.` key: a field every object may have, listed once.
        if (!sharedSeen.has(name)) {
          sharedSeen.add(name);
          shared.rows.push({ ...row, name });
          if (nested.length > 0) rowsOf(nested, key, `${name}${step(value)}.`, '', shared, []);
        }
        continue;
      }
      into.rows.push(row);
      if (nested.length > 0 && into !== shared) queue.push([nested, key, `${sectionPath ? `${sectionPath}.` : ''}${name}${step(value)}`, row.description]);
    }
  };

  const queue: Pending[] = [[[root], '', '', '']];
  while (queue.length > 0) {
    const [objects, key, display, description] = queue.shift()!;
    const section: Section = { path: display, description, rows: [] };
    const children: Pending[] = [];
    rowsOf(objects, key, '', display, section, children);
    sections.push(section);
    // Depth first: an object's own parts follow it.
    queue.unshift(...children);
  }
  return { sections, shared };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const literal = (value: unknown) => `\`${JSON.stringify(value)}\``;

function table(section: Section, words: SchemaText['reference']): string[] {
  const lines = [`| ${words.field} | ${words.type} | ${words.required} | ${words.description} |`, '|---|---|---|---|'];
  for (const row of section.rows) {
    const parts = [cell(row.description)];
    if (row.values.length > 0) parts.push(`${words.values}: ${row.values.join(', ')}`);
    if (row.examples.length > 0) parts.push(`${words.example}: ${row.examples.map(literal).map(cell).join(', ')}`);
    lines.push(`| \`${row.name}\` | ${row.type} | ${row.required ? words.yes : words.no} | ${parts.join('<br>')} |`);
  }
  return lines;
}

/**
 * The field reference of agreement.json as Markdown, in a language (Swedish by default): every object
 * of the file with its fields' types, whether each is required, allowed values, description and
 * examples — generated from {@link agreementJsonSchema}, so it says what the schema says. The repository
 * keeps it as docs/reference/fields.sv.md and fields.md (`pnpm --filter @samverkan/core run docs:fields`).
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('fields.md', fieldReference('en'));
 * ```
 */
export function fieldReference(locale?: string | PartialPack): string {
  const { fields, reference: words } = schemaDescriptions(locale);
  const schema = agreementJsonSchema(locale === undefined ? {} : { locale });
  const { sections, shared } = collect(schema, fields, words.types);
  const out: string[] = [`# ${words.title}`, '', `> ${words.generated}`, '', words.intro, ''];
  out.push(`## ${words.text}`, '', words.textIntro, '');
  out.push(`## ${words.shared}`, '', words.sharedIntro, '', ...table(shared, words), '');
  for (const section of sections) {
    out.push(`## ${section.path ? `\`${section.path}\`` : words.top}`, '');
    if (section.description) out.push(section.description, '');
    out.push(...table(section, words), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
