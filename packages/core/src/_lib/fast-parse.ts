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
type Compiled = (value: unknown) => unknown;
type Schema = z.core.$ZodType;

/** Object.prototype's own keys when this module loaded: if a script adds one, `key in input` may find it. */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Whether Object.prototype has the same own keys as when this module loaded: set on each parse. */
let pristine = true;

const CTX: z.core.ParseContext<z.core.$ZodIssue> = { async: false } as z.core.ParseContext<z.core.$ZodIssue>;
const compiled = new WeakMap<Schema, Compiled>();

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
  let fn = compiled.get(schema);
  if (fn) return fn;
  // Filled in below; a schema that refers to itself (z.lazy) is handed to zod, so the slot is never read early.
  fn = withChecks(schema, parser(schema));
  compiled.set(schema, fn);
  return fn;
}

/** Closures that run zod itself, checks included. */
const delegated = new WeakSet<Compiled>();

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
  // Each object schema makes its objects with its own constructor, so V8 gives them room for the
  // schema's fields inside the object (an organisation's six and more would otherwise need a second
  // store). Its prototype is Object.prototype: the objects are plain objects, as zod's are.
  const Output = function () {} as unknown as new () => Record<string, unknown>;
  Output.prototype = Object.prototype;
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
    return (v) => {
      if (typeof v !== 'string') return FAIL;
      pattern.lastIndex = 0;
      return pattern.test(v) ? v : FAIL;
    };
  }
  // One payload per node, reused: checks run synchronously and never re-enter a compiled node, and
  // a new payload for each of 30 000 strings was much of the garbage collector's work.
  const payload: z.core.ParsePayload<never> = { value: undefined as never, issues: [] };
  return (v) => {
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
}
