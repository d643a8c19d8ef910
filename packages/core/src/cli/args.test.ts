import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArgOption, readArgs } from './args.js';

// Node's own reading, the one readArgs stands in for.
const node = (args: string[], options: Record<string, ArgOption>) => parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true }).tokens;

// The CLI's options, and others with a string-taking short (which the CLI has none of) to reach every branch.
const CLI_OPTIONS: Record<string, ArgOption> = {
  locale: { type: 'string' },
  today: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};
const MORE_OPTIONS: Record<string, ArgOption> = { ...CLI_OPTIONS, file: { type: 'string', short: 'f' }, all: { type: 'boolean', short: 'a' }, x: { type: 'string' } };

// Words like a command line's, with the shapes that matter: dashes, `=`, groups, lone letters, odd characters.
const word = fc.oneof(
  fc.constantFrom('--', '-', '---', '--=', '--==', '-=', '-h', '-v', '-hv', '-vh', '-hx', '-f', '-fx', '-af', '-afx', '-hfx', '-x', '-5', '-😀', '--locale', '--locale=en', '--today', '--today=', '--format=json', '--help', '--version=1', '--no-help', '--x', '--x=', '--__proto__', '--toString', '-__proto__', 'validate', 'malmo', ''),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4 }).map((s) => `-${s}`),
  fc.string({ maxLength: 4 }).map((s) => `--${s}`),
  fc.tuple(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })).map(([a, b]) => `--${a}=${b}`),
  fc.string({ unit: 'grapheme', maxLength: 3 }).map((s) => `-${s}`),
);

describe('readArgs', () => {
  it('reads any command line into the tokens Node’s parseArgs makes of it', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.constantFrom(CLI_OPTIONS, MORE_OPTIONS, {}), (args, options) => {
        expect(readArgs(args, options)).toStrictEqual(node(args, options));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the CLI’s own kinds of line as Node does', () => {
    for (const args of [
      ['validate', 'malmo', '--today', '2019-05-13'],
      ['show', 'malmo', '--locale=en', '--', '--help'],
      ['-hv', 'rules', '--format', '--today'],
      ['--today'],
      ['-', '--locale'],
    ]) {
      expect(readArgs(args, CLI_OPTIONS)).toStrictEqual(node(args, CLI_OPTIONS));
    }
  });
});
