// A precompiled path for parsing large, valid data with a zod schema. Private: nothing here is exported.
//
// zod checks every object key by key through generic wrappers: each key of a strict object is run (the
// absent optional ones too) with a fresh payload, and the unknown keys are sought in a second pass. On an
// agreement with 10 000 organisations that is most of the validation's time. The schema is known in
// advance, so its tree is compiled once into plain closures (no eval, no `new Function`: the browser's
// CSP holds) that answer only the common case — "valid, here is the output" — and give up on anything
// else. When they give up, zod parses the input as before and reports its issues, so what is checked and
// what is reported never depends on this path. Each node either does exactly what zod's does on success
// or hands the value to zod itself: the closures never accept what zod would refuse, and return the same
// output (the same keys, in the same order). fast-parse.test.ts holds both to the same answer on
// generated inputs.
import * as z from 'zod/mini';

/** What a compiled node returns when it cannot vouch for the value: zod then decides. */
const FAIL: unique symbol = Symbol('fail');
/** A parser of one schema: the output zod would give, or a value it cannot vouch for, on which zod decides. */
export type Compiled = (value: unknown) => unknown;
type Schema = z.core.$ZodType;

/** Object.prototype's own keys when this module loaded: if a script adds one, `key in input` may find it. */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Whether Object.prototype has the same own keys as when this module loaded: set on each parse. */
let pristine = true;
/** `pristine`, for the emitted parsers. */
const ENV = {
  get pristine() {
    return pristine;
  },
};
/** Whether none of `keys` is found on Object.prototype (then an absent key is not `in` a plain object). */
const clean = (keys: readonly string[]) => !keys.some((key) => key in Object.prototype);

const CTX: z.core.ParseContext<z.core.$ZodIssue> = { async: false } as z.core.ParseContext<z.core.$ZodIssue>;
let compiled = new WeakMap<Schema, Compiled>();
/** Emitted parsers in use, by the schema they parse (see `useGeneratedParsers`). */
const generatedFor = new WeakMap<Schema, { generated: GeneratedParser; fn: Compiled | undefined }>();

/**
 * Parses `value` with `schema` as `z.safeParse` does, returning the same result, faster on valid data.
 *
 * @example
 * ```ts
 * fastSafeParse(Agreement, json); // { success: true, data } or zod's own failure
 * ```
 */
export function fastSafeParse<T extends Schema>(schema: T, value: unknown): z.core.util.SafeParseResult<z.output<T>> {
  let out: unknown = FAIL;
  const names = Object.getOwnPropertyNames(Object.prototype);
  pristine = names.length === PROTOTYPE_KEYS.size && names.every((name) => PROTOTYPE_KEYS.has(name));
  try {
    out = compile(schema)(value);
  } catch {
    // A getter that throws or a proxy: zod meets it again and the caller handles it as before.
  }
  return out === FAIL ? z.safeParse(schema, value) : { success: true, data: out as z.output<T> };
}

function compile(schema: Schema): Compiled {
  let fn = compiled.get(schema) ?? generatedFor.get(schema)?.fn;
  if (fn) return fn;
  // Filled in below; a schema that refers to itself (z.lazy) is handed to zod, so the slot is never read early.
  fn = withChecks(schema, parser(schema));
  compiled.set(schema, fn);
  return fn;
}

/** Closures that run zod itself, checks included. */
const delegated = new WeakSet<Compiled>();

/**
 * A constructor of its own for one object schema's output: V8 then gives its objects room for the
 * schema's fields inside the object (an organisation's six and more would otherwise need a second
 * store). Its prototype is Object.prototype: the objects are plain objects, as zod's are.
 */
function shapedConstructor(): new () => Record<string, unknown> {
  const Output = function () {} as unknown as new () => Record<string, unknown>;
  Output.prototype = Object.prototype;
  return Output;
}

/** zod's own run, for every kind of schema not compiled here: exact by construction. */
function delegate(schema: Schema): Compiled {
  const fn: Compiled = (value) => {
    const result = schema._zod.run({ value, issues: [] }, CTX);
    return result instanceof Promise || result.issues.length ? FAIL : result.value;
  };
  delegated.add(fn);
  return fn;
}

function parser(schema: Schema): Compiled {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, any>;
  if (def.coerce) return delegate(schema);
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : FAIL);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      return values ? (v) => (values.has(v as never) ? v : FAIL) : delegate(schema);
    }
    case 'optional': {
      const inner = def.innerType as Schema;
      if (inner._zod.optin === 'defaulted') return delegate(schema);
      const run = compile(inner);
      return (v) => (v === undefined ? undefined : run(v));
    }
    case 'array': {
      const run = compile(def.element as Schema);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = run(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      };
    }
    case 'object':
      return objectParser(schema, def as unknown as z.core.$ZodObjectDef);
    case 'union': {
      if (def.unionFallback || (def.inclusive === false && def.discriminator === undefined)) return delegate(schema);
      const options = (def.options as Schema[]).map(compile);
      if (typeof def.discriminator === 'string') {
        // zod picks the option by the discriminator's value; the values are disjoint (zod refuses others).
        const key = def.discriminator;
        const byValue = new Map<unknown, Compiled>();
        for (const [i, option] of (def.options as Schema[]).entries()) {
          const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[key];
          if (!values || values.has(undefined)) return delegate(schema);
          for (const value of values) byValue.set(value, options[i]!);
        }
        return (v) => {
          if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
          const run = byValue.get((v as Record<string, unknown>)[key]);
          return run ? run(v) : FAIL;
        };
      }
      // zod takes the first option that reads the value without issues.
      return (v) => {
        for (const run of options) {
          const r = run(v);
          if (r !== FAIL) return r;
        }
        return FAIL;
      };
    }
    default:
      return delegate(schema);
  }
}

function objectParser(schema: Schema, def: z.core.$ZodObjectDef): Compiled {
  const shape = def.shape as Record<string, Schema>;
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length) return delegate(schema);
  const known = new Set(keys);
  // A key may be left out when zod's object would skip it (optional in and out); one zod must see absent
  // (required) makes the object fail; any other combination (defaults) is zod's to handle.
  const fields: { key: string; run: Compiled; optional: boolean }[] = [];
  for (const key of keys) {
    const child = shape[key]!._zod;
    const optional = child.optin === 'optional' && child.optout === 'optional';
    if (!optional && child.optin !== undefined) return delegate(schema);
    fields.push({ key, run: compile(shape[key]!), optional });
  }
  const catchall = def.catchall as Schema | undefined;
  const strict = catchall?._zod.def.type === 'never';
  let rest: Compiled | undefined;
  if (catchall && !strict) {
    if (catchall._zod.optin !== undefined) return delegate(schema);
    rest = compile(catchall);
  }
  // Reads the object key by key as zod does: every field of the shape, present or not.
  const Output = shapedConstructor();
  const byShape = (input: Record<string, unknown>): unknown => {
    const out: Record<string, unknown> = new Output();
    for (const { key, run, optional } of fields) {
      if (!(key in input)) {
        if (optional) continue;
        return FAIL;
      }
      const r = run(input[key]);
      if (r === FAIL) return FAIL;
      out[key] = r;
    }
    if (strict) {
      for (const key in input) if (!known.has(key)) return FAIL;
    } else if (rest) {
      for (const key in input) {
        if (known.has(key) || key === '__proto__') continue;
        const r = rest(input[key]);
        if (r === FAIL) return FAIL;
        out[key] = r;
      }
    }
    return out;
  };
  // The same answer from the keys the object has rather than the keys the shape allows: an organisation
  // writes six of its eighteen, and asking for each of the other twelve (`key in input`) was most of
  // the parse. It holds only where "absent from the object's own keys" means "`key in input` is false":
  // a plain object (its prototype Object.prototype, unchanged since this module loaded — see
  // `pristine`), no shape key that Object.prototype has, and no own key that `for…in` does not list
  // (a non-enumerable one, counted below). Its keys must also come in the shape's order, so the output's
  // order is zod's. Anything else is read by shape, as before.
  const position = new Map(fields.map((f, i) => [f.key, i]));
  // An optional field's value, when there is one, goes straight to its inner schema: one call less
  // for each field an organisation writes. (`optional` with checks of its own keeps its wrapper.)
  const runs = keys.map((key, i) => {
    const field = shape[key]!;
    const d = field._zod.def as z.core.$ZodTypeDef & { innerType?: Schema };
    return d.type === 'optional' && !d.checks?.length && !delegated.has(fields[i]!.run) ? compile(d.innerType!) : fields[i]!.run;
  });
  const unwrapped = runs.map((run, i) => run !== fields[i]!.run);
  const requiredAt = fields.map((f) => !f.optional);
  const required = fields.filter((f) => !f.optional).length;
  const byKeys = !keys.some((key) => key in Object.prototype);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    if (!byKeys || !pristine || Object.getPrototypeOf(input) !== Object.prototype) return byShape(input);
    const out: Record<string, unknown> = new Output();
    let last = -1;
    let seen = 0;
    let own = 0;
    let found = 0;
    for (const key in input) {
      own++;
      // The keys mostly come in the shape's order: look ahead from the last one (a comparison of two
      // interned strings each) before asking the map whether the key is unknown or out of order.
      let i = last + 1;
      while (i < keys.length && keys[i] !== key) i++;
      if (i === keys.length) {
        if (position.has(key)) return byShape(input);
        if (strict) return FAIL;
        if (rest || key === '__proto__') return byShape(input);
        continue;
      }
      last = i;
      found++;
      if (requiredAt[i]) seen++;
      const value = input[key];
      const r = value === undefined && unwrapped[i] ? undefined : runs[i]!(value);
      if (r === FAIL) return FAIL;
      out[key] = r;
    }
    if (seen !== required || (found < fields.length && Object.getOwnPropertyNames(input).length !== own)) return byShape(input);
    return out;
  };
}

/** The pattern of an id (a slug): the one most checked, read by `isSlug` rather than the regex engine. */
const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * Whether `value` matches `/^[a-z0-9]+(?:-[a-z0-9]+)*$/`: runs of lower-case ASCII letters and digits
 * joined by single hyphens. fast-parse.test.ts holds it to the regex on every string of up to four
 * characters from an alphabet with each kind of character the pattern tells apart, and on random ones.
 *
 * @example
 * ```ts
 * isSlug('ungas-halsa'); // true
 * isSlug('ungas--halsa'); // false
 * ```
 */
export function isSlug(value: string): boolean {
  // `edge`: at the start or just after a hyphen, where a letter or digit must come next.
  let edge = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) edge = false;
    else if (c === 0x2d && !edge) edge = true;
    else return false;
  }
  return !edge;
}

/**
 * The schema's checks (a regex, a length, a trim, a refinement), run as zod runs them after the parse:
 * each in turn on the parsed value, skipped when its `when` says so; any issue gives up.
 */
function withChecks(schema: Schema, parse: Compiled): Compiled {
  const own = (schema._zod.def.checks ?? []) as z.core.$ZodCheck[];
  const checks = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as z.core.$ZodCheck, ...own] : own;
  if (checks.length === 0 || delegated.has(parse)) return parse;
  // A string with one pattern (an id, a web address): zod's regex check itself, inlined, with no payload.
  const only = checks.length === 1 ? (checks[0]!._zod as z.core.$ZodCheckInternals<never> & { traits: Set<string> }) : undefined;
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  if (only && def.type === 'string' && !def.coerce && only.traits.has('$ZodCheckRegex') && only.def.when === undefined) {
    const { pattern } = only.def as z.core.$ZodCheckRegexDef;
    if (pattern.source === SLUG_PATTERN && pattern.flags === '') return (v) => (typeof v === 'string' && isSlug(v) ? v : FAIL);
    return (v) => {
      if (typeof v !== 'string') return FAIL;
      pattern.lastIndex = 0;
      return pattern.test(v) ? v : FAIL;
    };
  }
  // One payload per node, reused: checks run synchronously and never re-enter a compiled node, and
  // a new payload for each of 30 000 strings was much of the garbage collector's work.
  const payload: z.core.ParsePayload<never> = { value: undefined as never, issues: [] };
  const general: Compiled = (v) => {
    const value = parse(v);
    if (value === FAIL) return FAIL;
    payload.value = value as never;
    if (payload.issues.length) payload.issues = [];
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise || payload.issues.length) return FAIL;
    }
    return payload.value;
  };
  // A text (`z.trim()` then `z.minLength(n)`, every name and title): trimmed and measured here, with no
  // payload and no call into zod per string. zod counts code points only for a length between n and 2n
  // UTF-16 units (below, too short either way; from 2n, long enough either way): those go to `general`.
  const minimum = trimmedMinimum(def, checks);
  if (minimum !== undefined) {
    return (v) => {
      if (typeof v !== 'string') return FAIL;
      const text = v.trim();
      return text.length >= 2 * minimum ? text : text.length < minimum ? FAIL : general(v);
    };
  }
  return general;
}

/** The source of zod's own trim (`z.trim()`'s overwrite): a function with no other name in it, so one with the same text trims alike. */
const TRIM_SOURCE = String((z.trim()._zod.def as z.core.$ZodCheckOverwriteDef).tx);
/** zod's default `when` of a length check (it has a length): true for every string. */
const HAS_LENGTH = z.minLength(1)._zod.def.when;

/** `n` when a string schema's checks are exactly zod's `trim()` then `minLength(n)` with its default `when`. */
function trimmedMinimum(def: z.core.$ZodTypeDef & { coerce?: boolean }, checks: readonly z.core.$ZodCheck[]): number | undefined {
  if (def.type !== 'string' || def.coerce || checks.length !== 2) return undefined;
  const [trim, min] = checks.map((check) => check._zod as z.core.$ZodCheckInternals<never> & { traits: Set<string> });
  const trims = trim!.traits.has('$ZodCheckOverwrite') && trim!.def.when === undefined && String((trim!.def as z.core.$ZodCheckOverwriteDef).tx) === TRIM_SOURCE;
  const measures = min!.traits.has('$ZodCheckMinLength') && min!.def.when === HAS_LENGTH;
  const minimum = (min!.def as z.core.$ZodCheckMinLengthDef).minimum;
  return trims && measures && Number.isInteger(minimum) && minimum >= 0 ? minimum : undefined;
}

// Straight-line parsers written ahead of time. The closures above are shared by every object schema,
// so each property read and `key in input` in them meets objects of every shape, and V8 cannot make any
// of them fast; a function written for one schema, with its keys as constants, reads an organisation in a
// third of the time. Such functions cannot be made at run time without `new Function`, so
// fast-parse-emit.ts writes them into a source file from a plan of the schema (`planParser`), and the
// build ships that file. The plan says only what the emitted code relies on — which objects, arrays and
// optionals, their keys in order, which fields are optional, which objects are strict, where a plain
// string or boolean stands — and everything else is a leaf, parsed by `compile` above. At run time the
// plan is made again from the live schema: the emitted functions are used only when it is the same
// plan, word for word, so a schema changed since the file was written is read by the closures, as before.

/** A reference in a plan: a planned function (`f3`), a leaf (`L2`), or a plain `string` or `boolean`. */
export type PlanRef = string;

/**
 * One planned function: an object's fields in the shape's order (an optional field by the schema
 * inside its `z.optional`), an array's element, or an optional's inner value.
 */
export type PlanNode =
  | { kind: 'object'; strict: boolean; fields: { key: string; optional: boolean; ref: PlanRef }[] }
  | { kind: 'array'; element: PlanRef }
  | { kind: 'optional'; inner: PlanRef };

/** What the emitted code of a schema relies on (`nodes`, `f0` the root), and the leaves it hands to `compile`. */
export interface ParserPlan {
  nodes: PlanNode[];
  /** The schema of each node. */
  schemas: Schema[];
  leaves: Schema[];
  /** The plan as text: what an emitted file records, and what is compared at run time. */
  signature: string;
}

/**
 * Parsers emitted ahead of time for one schema (see fast-parse-emit.ts): where it stands in its root
 * schema, the plan they were written from, and a function that makes them from the compiled leaves,
 * the failure mark and a maker of plain-object constructors.
 */
export interface GeneratedParser {
  /** The keys from the root schema to the schema parsed, through objects and plain optionals. */
  at: readonly string[];
  signature: string;
  create(
    leaves: readonly Compiled[],
    /** Per node, for an object: the closures' parser of its schema, which reads what the emitted code cannot vouch for. */
    fallbacks: readonly (Compiled | undefined)[],
    fail: unknown,
    shaped: () => new () => Record<string, unknown>,
    clean: (keys: readonly string[]) => boolean,
    env: { readonly pristine: boolean },
  ): Compiled;
}

/** No checks, no coercion: what a plan may rely on about a node. */
function plain(schema: Schema): boolean {
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  return !def.coerce && !def.checks?.length && !schema._zod.traits.has('$ZodCheck');
}

/** A `z.optional` that only lets `undefined` through: no checks, not exact, no default inside. */
function plainOptional(schema: Schema): Schema | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & { innerType?: Schema };
  const inner = def.innerType;
  return def.type === 'optional' && plain(schema) && !schema._zod.traits.has('$ZodExactOptional') && inner && inner._zod.optin !== 'defaulted' ? inner : undefined;
}

/** A plan as short text: `{!id:L1,?name:f2}` a strict object, `{…}` a plain one, `[f3]` an array, `?f4` an optional. */
function describePlan(nodes: readonly PlanNode[]): string {
  return nodes
    .map((node) =>
      node.kind === 'object'
        ? `${node.strict ? '{!' : '{'}${node.fields.map((f) => `${f.optional ? '?' : ''}${JSON.stringify(f.key)}:${f.ref}`).join(',')}}`
        : node.kind === 'array'
          ? `[${node.element}]`
          : `?${node.inner}`,
    )
    .join(' ');
}

/**
 * The plan of `root`'s emitted parsers. Objects (strict or plain, every field either required or a
 * plain `z.optional`, no checks of their own), arrays and optionals without checks become functions;
 * plain strings and booleans are read in place; anything else is a leaf.
 *
 * @example
 * ```ts
 * planParser(Agreement).signature; // what agreement-parser.generated.ts records
 * ```
 */
export function planParser(root: Schema): ParserPlan {
  const nodes: PlanNode[] = [];
  const schemas: Schema[] = [];
  const leaves: Schema[] = [];
  const refs = new Map<Schema, PlanRef>();
  const leaf = (schema: Schema): PlanRef => {
    const ref = `L${leaves.length}`;
    leaves.push(schema);
    refs.set(schema, ref);
    return ref;
  };
  const visit = (schema: Schema): PlanRef => {
    const known = refs.get(schema);
    if (known !== undefined) return known;
    const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, any>;
    if (!plain(schema)) return leaf(schema);
    if (def.type === 'string' || def.type === 'boolean') return def.type;
    const ref = `f${nodes.length}`;
    if (def.type === 'array') {
      refs.set(schema, ref);
      const node: PlanNode = { kind: 'array', element: '' };
      nodes.push(node);
      schemas.push(schema);
      node.element = visit(def.element as Schema);
      return ref;
    }
    const inner = plainOptional(schema);
    if (inner) {
      refs.set(schema, ref);
      const node: PlanNode = { kind: 'optional', inner: '' };
      nodes.push(node);
      schemas.push(schema);
      node.inner = visit(inner);
      return ref;
    }
    if (def.type === 'object') {
      const shape = def.shape as Record<string, Schema>;
      const catchall = def.catchall as Schema | undefined;
      const keys = Object.keys(shape);
      // zod leaves out an absent key only when its schema is optional in and out; here only a plain
      // z.optional is taken for one, any other optional (or defaulted) field leaves the object to compile.
      const fieldsOk = keys.every((key) => (shape[key]!._zod.optin === undefined ? true : plainOptional(shape[key]!) !== undefined && shape[key]!._zod.optout === 'optional'));
      if (!fieldsOk || keys.includes('__proto__') || Object.getOwnPropertySymbols(shape).length || (catchall && catchall._zod.def.type !== 'never')) return leaf(schema);
      refs.set(schema, ref);
      const node: PlanNode = { kind: 'object', strict: catchall !== undefined, fields: [] };
      nodes.push(node);
      schemas.push(schema);
      for (const key of keys) {
        const optional = shape[key]!._zod.optin !== undefined;
        node.fields.push({ key, optional, ref: visit(optional ? plainOptional(shape[key]!)! : shape[key]!) });
      }
      return ref;
    }
    return leaf(schema);
  };
  visit(root);
  return { nodes, schemas, leaves, signature: describePlan(nodes) };
}

/** The schema at `path` in `root`: each key of an object's shape, through plain optionals. */
export function schemaAt(root: Schema, path: readonly string[]): Schema | undefined {
  let node: Schema | undefined = root;
  for (const key of path) {
    while (node && plainOptional(node)) node = plainOptional(node);
    const def = node?._zod.def as (z.core.$ZodTypeDef & { shape?: Record<string, Schema> }) | undefined;
    node = def?.type === 'object' && def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
  }
  return node;
}

/**
 * Puts emitted parsers to use within `root`: each one whose schema's plan today is the plan it was
 * written from parses that schema from now on, wherever `fastSafeParse` meets it. Returns how many are
 * in use. Calling it again with the same parsers changes nothing.
 *
 * @example
 * ```ts
 * useGeneratedParsers(Agreement, AGREEMENT_PARSERS); // 4
 * ```
 */
export function useGeneratedParsers(root: Schema, generated: readonly GeneratedParser[]): number {
  let used = 0;
  let changed = false;
  for (const emitted of generated) {
    const schema = schemaAt(root, emitted.at);
    if (!schema) continue;
    const known = generatedFor.get(schema);
    if (known?.generated !== emitted) {
      const plan = planParser(schema);
      // An object's fallback is the closures' parser of it, made here so that it is never the emitted one.
      const fallbacks = plan.nodes.map((node, n) => (node.kind === 'object' ? withChecks(plan.schemas[n]!, parser(plan.schemas[n]!)) : undefined));
      const fn = plan.signature === emitted.signature && plan.nodes.length > 0 ? emitted.create(plan.leaves.map(compile), fallbacks, FAIL, shapedConstructor, clean, ENV) : undefined;
      generatedFor.set(schema, { generated: emitted, fn });
      changed = true;
    }
    if (generatedFor.get(schema)!.fn) used++;
  }
  // The closures compiled before hold the old parsers inside them: compile afresh.
  if (changed) compiled = new WeakMap();
  return used;
}
