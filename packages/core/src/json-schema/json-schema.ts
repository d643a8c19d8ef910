import * as z from 'zod/mini';
import { Agreement } from '../agreement/agreement.js';
import type { PartialPack, SchemaText } from '../locales/types.js';
import { fieldDescription, fieldExamples, schemaDescriptions } from './fields.js';

/**
 * Options of {@link agreementJsonSchema}.
 *
 * @example
 * ```ts
 * const options: JsonSchemaOptions = { locale: 'en' };
 * ```
 */
export interface JsonSchemaOptions {
  /** The language of every `description` (a tag or a pack); Swedish by default and for a pack without a `schema` section. */
  locale?: string | PartialPack;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

// Where a property's value schema may hold further objects: list items, the variants of a union.
const NESTED = ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties'] as const;

/**
 * Gives every property under `node` its description (the standard `description` keyword, which editors
 * show as field help) and, where the examples have one, `examples`. `path` is the catalogue key of
 * `node` itself: list items and union variants share their property's key.
 */
function annotate(node: Node, path: string, fields: SchemaText['fields']): void {
  if (isNode(node.properties)) {
    for (const [name, value] of Object.entries(node.properties)) {
      if (!isNode(value)) continue;
      const key = path ? `${path}.${name}` : name;
      const description = fieldDescription(fields, key);
      const examples = fieldExamples(key, fields);
      node.properties[name] = {
        ...(description !== undefined ? { description } : {}),
        ...(examples !== undefined ? { examples: [...examples] } : {}),
        ...value,
      };
      annotate(value, key, fields);
    }
  }
  for (const keyword of NESTED) {
    const nested = node[keyword];
    for (const child of Array.isArray(nested) ? nested : [nested]) if (isNode(child)) annotate(child, path, fields);
  }
}

/**
 * The JSON Schema (draft 2020-12) of an agreement file, generated from the same schemas
 * {@link defineAgreement} checks with, with a description of every property in a language (Swedish by
 * default; `locale: 'en'` for English) and examples where they help. Point an `agreement.json` at it with
 * `"$schema"` for completion, checking and field help in an editor; the package ships the Swedish one as
 * `@samverkan/core/agreement.schema.json` and the English as `@samverkan/core/agreement.schema.en.json`,
 * and `samverkan schema [--locale en]` prints it.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('agreement.schema.json', JSON.stringify(agreementJsonSchema(), null, 2));
 * writeFileSync('agreement.schema.en.json', JSON.stringify(agreementJsonSchema({ locale: 'en' }), null, 2));
 * ```
 */
export function agreementJsonSchema(options: JsonSchemaOptions = {}): Record<string, unknown> {
  const words = schemaDescriptions(options.locale);
  // A deep copy: zod may hand out one object for a schema used in several places, and each place gets
  // its own description.
  const schema = JSON.parse(JSON.stringify(z.toJSONSchema(Agreement, { target: 'draft-2020-12', io: 'input' }))) as Node;
  annotate(schema, '', words.fields);
  return {
    $schema: schema.$schema,
    $id: 'urn:samverkan:agreement',
    title: words.title,
    description: words.description,
    ...schema,
  };
}
