// The command line's words as tokens, as `parseArgs` of node:util makes them with `strict: false`,
// `allowPositionals: true` and `tokens: true` — the only part of it the CLI reads. Node builds its
// parseArgs on first use from an internal module of its own, which costs a start more than reading a
// few words here; args.test.ts holds this reading to Node's, token for token, on generated command lines.

/** How an option is declared: as for parseArgs, a `type` and an optional one-letter `short`. */
export interface ArgOption {
  type: 'string' | 'boolean';
  short?: string;
}

/**
 * One word (or part of a word) of the command line, as parseArgs's tokens are.
 *
 * @example
 * ```ts
 * const token: ArgToken = { kind: 'positional', index: 0, value: 'validate' };
 * ```
 */
export type ArgToken =
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number }
  | { kind: 'option'; name: string; rawName: string; index: number; value: string | undefined; inlineValue: boolean | undefined };

/** The long name of a short option, or the letter itself when no option has it as its short. */
function longFor(short: string, options: Readonly<Record<string, ArgOption>>): string {
  for (const name of Object.keys(options)) if (Object.hasOwn(options[name]!, 'short') && options[name]!.short === short) return name;
  return short;
}

/** Whether `name` is an option declared as taking a string. */
function takesString(name: string, options: Readonly<Record<string, ArgOption>>): boolean {
  return Object.hasOwn(options, name) && Object.hasOwn(options[name]!, 'type') && options[name]!.type === 'string';
}

/**
 * Reads `args` into tokens exactly as `parseArgs({ args, options, strict: false, allowPositionals: true,
 * tokens: true }).tokens` does: `--` ends the options, `-abc` is `-a -b -c` (or `-a -bc` when `b` takes
 * a string), `--name=value` has an inline value, and an option taking a string takes the next word,
 * whatever it looks like.
 *
 * @example
 * ```ts
 * readArgs(['validate', '--today', '2019-05-13'], { today: { type: 'string' } });
 * // [{ kind: 'positional', index: 0, value: 'validate' },
 * //  { kind: 'option', name: 'today', rawName: '--today', index: 1, value: '2019-05-13', inlineValue: false }]
 * ```
 */
export function readArgs(args: readonly string[], options: Readonly<Record<string, ArgOption>>): ArgToken[] {
  const tokens: ArgToken[] = [];
  const remaining = [...args];
  let index = -1;
  let groupCount = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift()!;
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    const short = arg.length >= 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
    if (short && arg.length === 2) {
      // -f, or -f value when f takes a string.
      const name = longFor(arg.charAt(1), options);
      const taken = takesString(name, options) && next !== undefined;
      tokens.push({ kind: 'option', name, rawName: arg, index, value: taken ? remaining.shift() : undefined, inlineValue: taken ? false : undefined });
      if (taken) index++;
      continue;
    }
    if (short && !takesString(longFor(arg.charAt(1), options), options)) {
      // -abc: each letter read as its own word; a letter taking a string takes the rest of the group.
      const expanded: string[] = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg.charAt(i);
        if (!takesString(longFor(letter, options), options) || i === arg.length - 1) {
          expanded.push(`-${letter}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (short) {
      // -fVALUE, f taking a string.
      const letter = arg.charAt(1);
      tokens.push({ kind: 'option', name: longFor(letter, options), rawName: `-${letter}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const equals = arg.indexOf('=', 3);
      if (equals === -1) {
        // --name, or --name value when it takes a string.
        const name = arg.slice(2);
        const taken = takesString(name, options) && next !== undefined;
        tokens.push({ kind: 'option', name, rawName: arg, index, value: taken ? remaining.shift() : undefined, inlineValue: taken ? false : undefined });
        if (taken) index++;
      } else {
        // --name=value (the first `=` after the name's first letter).
        const name = arg.slice(2, arg.indexOf('='));
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(arg.indexOf('=') + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}
