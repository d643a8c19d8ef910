// Writes the straight-line parsers of a schema as TypeScript source, from its plan (fast-parse.ts,
// `planParser`). Used by scripts/write-parsers.ts, which writes the file the build ships, and by the
// tests, which hold that file to what this writes today. Private: nothing here is exported.
//
// Each function does what zod's node does on success, step by step, and returns the failure mark on
// anything else, so that zod reads the value again and reports its issues:
// - an object: not an object (or an array) fails; each key `for…in` lists, in the shape's order, read
//   once — an optional one's `undefined` kept, any other value given to the schema inside the optional —
//   and a strict object fails on any key the shape lacks (zod's unrecognized keys, `__proto__` among
//   them); an object it cannot vouch for (see below) goes to the closures' parser of its schema;
// - an array: each item in turn, into a new array of the same length;
// - an optional: `undefined` stays `undefined`, anything else goes to the inner schema;
// - a plain string or boolean: its `typeof`.
import type * as z from 'zod/mini';
import { planParser, schemaAt, type ParserPlan, type PlanRef } from './fast-parse.js';

type Schema = z.core.$ZodType;

/** A property access that reads as the key, for any key: `.id` where it can be, `["$x y"]` otherwise. */
const prop = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/** An expression for the value `ref` makes of the variable `v`: the output, or FAIL. */
function apply(ref: PlanRef, v: string): string {
  if (ref === 'string' || ref === 'boolean') return `(typeof ${v} === '${ref}' ? ${v} : FAIL)`;
  return `${ref}(${v})`;
}

/** A `GeneratedParser` object literal for the schema at `at`, from its plan. */
function emitParser(at: readonly string[], plan: ParserPlan): string {
  const lines: string[] = [];
  const out = (line: string) => lines.push(line);
  plan.leaves.forEach((_, i) => out(`    const L${i} = leaves[${i}]!;`));
  plan.nodes.forEach((node, n) => {
    out('');
    if (node.kind === 'optional') {
      out(`    function f${n}(v: unknown): unknown {`);
      out(`      return v === undefined ? undefined : ${apply(node.inner, 'v')};`);
      out('    }');
    } else if (node.kind === 'array') {
      out(`    function f${n}(v: unknown): unknown {`);
      out('      if (!Array.isArray(v)) return FAIL;');
      out('      const out: unknown[] = new Array(v.length);');
      out('      for (let n = 0; n < v.length; n++) {');
      out('        const x: unknown = v[n];');
      out(`        const r = ${apply(node.element, 'x')};`);
      out('        if (r === FAIL) return FAIL;');
      out('        out[n] = r;');
      out('      }');
      out('      return out;');
      out('    }');
    } else {
      const keys = node.fields.map((f) => f.key);
      // What the quick path below cannot vouch for is read by the closures' parser of the schema (fast-parse.ts).
      out(`    const S${n} = fallbacks[${n}]!;`);
      out(`    const C${n} = shaped();`);
      // By the object's own keys: one `for…in`, each value read by the key it lists (no lookup by
      // name), each field's work where its key is met. It answers only where that is zod's answer:
      // a plain object (Object.prototype, unchanged since fast-parse.ts loaded, has none of the
      // shape's keys), keys in the shape's order (the output's order is the shape's), every required
      // key met, and no own key hidden from `for…in` (counted); anything else is read by shape.
      const required = node.fields.filter((f) => !f.optional).length;
      out(`    const P${n} = clean(${JSON.stringify(keys)});`);
      out(`    function f${n}(v: unknown): unknown {`);
      out(`      if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;`);
      out('      const i = v as Record<string, unknown>;');
      out(`      if (!P${n} || !env.pristine || Object.getPrototypeOf(i) !== Object.prototype) return S${n}(i);`);
      out(`      const o = new C${n}();`);
      out('      let x: unknown;');
      out('      let at = -1;');
      out('      let own = 0;');
      out('      let met = 0;');
      if (required) out('      let required = 0;');
      out('      for (const k in i) {');
      out('        own++;');
      out('        switch (k) {');
      node.fields.forEach(({ key, optional, ref }, p) => {
        out(`          case ${JSON.stringify(key)}:`);
        out(`            if (at >= ${p}) return S${n}(i);`);
        out(`            at = ${p};`);
        out('            met++;');
        out('            x = i[k];');
        if (optional) out(`            if (x !== undefined && (x = ${apply(ref, 'x')}) === FAIL) return FAIL;`);
        else {
          out(`            if ((x = ${apply(ref, 'x')}) === FAIL) return FAIL;`);
          out('            required++;');
        }
        out(`            o${prop(key)} = x;`);
        out('            break;');
      });
      out('          default:');
      out(node.strict ? '            return FAIL;' : '            break;');
      out('        }');
      out('      }');
      if (required) out(`      if (required !== ${required}) return S${n}(i);`);
      out(`      if (met < ${keys.length} && Object.getOwnPropertyNames(i).length !== own) return S${n}(i);`);
      out('      return o;');
      out('    }');
    }
  });
  return `  {
    at: ${JSON.stringify(at)},
    signature: ${JSON.stringify(plan.signature)},
    create(leaves, fallbacks, FAIL, shaped, clean, env) {
${lines.map((line) => (line ? `  ${line}` : line)).join('\n')}
      return f0;
    },
  },`;
}

/**
 * The TypeScript source of a module that exports `name`: the emitted parsers of the schemas at `paths`
 * in `root` (see `useGeneratedParsers`). `root` names the root schema in the module's comments.
 *
 * @example
 * ```ts
 * emitParsers(Agreement, [['organisations']], 'AGREEMENT_PARSERS', 'the Agreement schema');
 * ```
 */
export function emitParsers(root: Schema, paths: readonly (readonly string[])[], name: string, what: string): string {
  const parsers = paths.map((at) => {
    const schema = schemaAt(root, at);
    if (!schema) throw new Error(`No schema at ${at.join('.')} in ${what}`);
    return emitParser(at, planParser(schema));
  });
  return `// Written by scripts/write-parsers.ts (pnpm --filter @samverkan/core run parsers) from ${what}: do not edit.
// Straight-line parsers for valid data (see src/_lib/fast-parse.ts), each used only while its schema's
// plan is the one it records; on anything else zod reads the value and reports its issues.
import type { GeneratedParser } from '../_lib/fast-parse.js';

/** The emitted parsers of ${what}'s large lists. */
export const ${name}: readonly GeneratedParser[] = [
${parsers.join('\n')}
];
`;
}
