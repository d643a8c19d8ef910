// The editor's forms are drawn from the agreement's JSON Schema (core's `agreementJsonSchema`, generated
// from the same zod schemas validation uses), so every part of the model can be edited without a form
// written by hand for each of its many small lists.
import { agreementJsonSchema } from '@samverkan/core';

/** The parts of JSON Schema (draft 2020-12) the generated agreement schema uses. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
}

/** A place in an agreement: property names and list positions, as an issue's `path`. */
export type Path = readonly (string | number)[];

let cached: JsonSchema | undefined;

/** The agreement's schema, made once. */
export function agreementSchema(): JsonSchema {
  cached ??= agreementJsonSchema() as JsonSchema;
  return cached;
}

/** A localised text: `{ sv, en }`, with `sv` required. */
export function isLocalizedText(s: JsonSchema): boolean {
  return s.type === 'object' && !!s.properties?.sv && !!s.properties.en && Object.keys(s.properties).length === 2;
}

/** The alternatives of a schema that is one of several shapes. */
export function variantsOf(s: JsonSchema): readonly JsonSchema[] | undefined {
  return s.oneOf ?? s.anyOf;
}

/** The property whose fixed value tells the alternatives apart (`state` of a status), if there is one. */
export function discriminator(variants: readonly JsonSchema[]): string | undefined {
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((k) => variants.every((v) => v.properties?.[k]?.const !== undefined));
}

/** Which alternative a value is: by its discriminator, else the first whose required properties it has. */
export function pickVariant(variants: readonly JsonSchema[], value: unknown): number {
  const obj = isObject(value) ? value : {};
  const key = discriminator(variants);
  if (key) {
    const i = variants.findIndex((v) => v.properties?.[key]?.const === obj[key]);
    return i < 0 ? 0 : i;
  }
  const i = variants.findIndex((v) => (v.required ?? []).every((r) => r in obj));
  return i < 0 ? 0 : i;
}

/** The smallest value of a schema: required properties filled, lists empty, the first choice chosen. */
export function defaultFor(s: JsonSchema): unknown {
  const variants = variantsOf(s);
  if (variants) return defaultFor(variants[0]!);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) {
        const prop = s.properties?.[key];
        if (prop) out[key] = defaultFor(prop);
      }
      return out;
    }
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'number':
    case 'integer':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0);
    default:
      return '';
  }
}

/** The schema of the value at `path` in `root`, following lists, alternatives (by the value) and maps. */
export function schemaAt(schema: JsonSchema, root: unknown, path: Path): JsonSchema | undefined {
  let s: JsonSchema | undefined = schema;
  let value: unknown = root;
  for (const key of path) {
    if (!s) return undefined;
    const variants = variantsOf(s);
    if (variants) s = variants[pickVariant(variants, value)];
    if (!s) return undefined;
    if (typeof key === 'number') s = s.items;
    else s = s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
    value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  if (s) {
    const variants = variantsOf(s);
    if (variants) return variants[pickVariant(variants, value)];
  }
  return s;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
