import { resolveLanguage } from '../locales/resolve.js';
import type { PartialPack, SchemaText } from '../locales/types.js';
import { FIELD_EXAMPLES } from './examples.js';

/**
 * A field of agreement.json, named by its path: segments as an array (`['plans', 0, 'areas', 2, 'name']`)
 * or written out (`plans[0].areas[2].name`, `plans.0.areas.2.name`, `/plans/0/areas/2/name`).
 *
 * @example
 * ```ts
 * const path: FieldPath = 'plans[0].areas[2].hosts[0].host';
 * ```
 */
export type FieldPath = string | readonly (string | number)[];

/**
 * The catalogue key of a field: its path with list positions left out, segments joined by dots — the
 * key of the `schema.fields` catalogues and the path the field reference shows.
 *
 * @example
 * ```ts
 * fieldKey('plans[0].areas[2].hosts[0].host'); // 'plans.areas.hosts.host'
 * fieldKey(['organisations', 3, 'organisationNumber']); // 'organisations.organisationNumber'
 * ```
 */
export function fieldKey(path: FieldPath): string {
  const segments =
    typeof path === 'string'
      ? path
          .replace(/\[(\d+)\]/g, '.$1')
          .split(path.startsWith('/') ? '/' : '.')
      : path.map(String);
  return segments.filter((s) => s !== '' && !/^\d+$/.test(s)).join('.');
}

/** The first key of a catalogue that speaks for a field: its own path, else the longest `*.` suffix that matches. */
function lookup<T>(catalogue: Readonly<Record<string, T>>, key: string): T | undefined {
  if (Object.hasOwn(catalogue, key)) return catalogue[key];
  const segments = key.split('.');
  for (let i = 0; i < segments.length; i++) {
    const wildcard = `*.${segments.slice(i).join('.')}`;
    if (Object.hasOwn(catalogue, wildcard)) return catalogue[wildcard];
  }
  return undefined;
}

/**
 * The field descriptions of agreement.json in a language, with the schema's title and the words of the
 * field reference: the language's `schema` section, or Swedish when its pack has none. Use it for field
 * help in an editor; {@link describeField} looks one field up.
 *
 * @example
 * ```ts
 * const { fields } = schemaDescriptions('en');
 * fields['municipality.code']; // 'Kommunkod: SCB's four-digit code of a kommun (Malmö 1280), …'
 * ```
 */
export function schemaDescriptions(locale?: string | PartialPack): SchemaText {
  return resolveLanguage(locale, 'schema').schema;
}

/**
 * What one field of agreement.json is, in a language (Swedish by default): its description, and example
 * values where the schema has them. `undefined` for a path the format does not have.
 *
 * @example
 * ```ts
 * describeField('organisations[4].organisationNumber', 'en');
 * // { key: 'organisations.organisationNumber', description: 'Organisationsnummer: ten digits, …', examples: ['802000-0009'] }
 * ```
 */
export function describeField(
  path: FieldPath,
  locale?: string | PartialPack,
): { key: string; description: string; examples?: readonly unknown[] } | undefined {
  const key = fieldKey(path);
  const description = lookup<string>(schemaDescriptions(locale).fields, key);
  if (description === undefined) return undefined;
  const examples = fieldExamples(key, schemaDescriptions(locale).fields);
  return examples ? { key, description, examples } : { key, description };
}

/**
 * Example values of a field by its key, from the language-neutral examples. A field described under its
 * own key takes only its own examples, never those of a `*.` key (the agreement's own `sources` list is
 * not a list of citations).
 *
 * @example
 * ```ts
 * fieldExamples('municipality.code', schema.fields); // ['1280', '12', '14']
 * ```
 */
export function fieldExamples(key: string, fields: SchemaText['fields']): readonly unknown[] | undefined {
  return Object.hasOwn(fields, key) ? FIELD_EXAMPLES[key] : lookup(FIELD_EXAMPLES, key);
}

/**
 * The description of a field by its key in a catalogue, for the schema generator and the reference.
 *
 * @example
 * ```ts
 * fieldDescription(schema.fields, 'plans.sources.url'); // schema.fields['*.sources.url']
 * ```
 */
export function fieldDescription(fields: SchemaText['fields'], key: string): string | undefined {
  return lookup<string>(fields, key);
}
