import { format } from 'date-fns';
import { defineAgreement } from '../agreement/define.js';
import { localize } from '../text/text.js';
import type { Agreement } from '../agreement/agreement.js';
import { resolveLocale } from '../_lib/locale.js';
import { agreementJsonSchema } from '../json-schema/json-schema.js';
import type { Issue, Severity } from '../issue/issue.js';
import { validateAgreement } from '../validate/validate.js';
import { malmo } from '../presets/malmo/malmo.js';
import { CLI_TEXT } from './messages.js';
import { summarize } from './summary.js';

/** Where the CLI writes and reads; injected so tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  readStdin: () => Promise<string>;
  today: () => Date;
  version: string;
}

const PRESETS: Readonly<Record<string, Agreement>> = { malmo };

/** Exit codes: 0 done, 1 the agreement has errors, 2 unreadable input or wrong usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

interface Parsed {
  positionals: string[];
  locale: 'sv' | 'en';
  today: string;
  format: 'human' | 'json';
  help: boolean;
  version: boolean;
}

function parseArgs(argv: readonly string[], io: CliIo): Parsed | { error: string; locale: 'sv' | 'en' } {
  const positionals: string[] = [];
  let locale: 'sv' | 'en' = 'sv';
  let today = format(io.today(), 'yyyy-MM-dd');
  let help = false;
  let version = false;
  let outputFormat: 'human' | 'json' = 'human';
  // The locale is read first so that every other message can be in the language asked for.
  const li = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (li >= 0) {
    const arg = argv[li]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[li + 1];
    if (value === 'sv' || value === 'en') locale = value;
    else return { error: CLI_TEXT.sv.badLocale(value ?? ''), locale };
  }
  const t = CLI_TEXT[locale];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--locale') {
      if (inline === undefined) i++;
    } else if (name === '--today') {
      const value = inline ?? argv[++i];
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        return { error: t.badDate(value ?? ''), locale };
      }
      today = value;
    } else if (name === '--format') {
      const value = inline ?? argv[++i];
      if (value !== 'human' && value !== 'json') return { error: t.badFormat(value ?? ''), locale };
      outputFormat = value;
    } else if (name === '--help' || name === '-h') help = true;
    else if (name === '--version' || name === '-v') version = true;
    else if (name.startsWith('-') && name !== '-') return { error: t.unknownOption(name), locale };
    else positionals.push(arg);
  }
  return { positionals, locale, today, format: outputFormat, help, version };
}

/**
 * Runs the `samverkan` command line with the given arguments (without `node` and the script) and
 * returns the exit code. Bad input never throws: it is reported on stderr with exit code 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, io);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n`);
    return EXIT.usage;
  }
  const t = CLI_TEXT[parsed.locale];
  if (parsed.version) {
    io.stdout(`${io.version}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.help || command === undefined || command === 'help') {
    (command === undefined && !parsed.help ? io.stderr : io.stdout)(t.usage);
    return command === undefined && !parsed.help ? EXIT.usage : EXIT.ok;
  }

  switch (command) {
    case 'preset': {
      const name = rest[0];
      if (!name) return fail(io, t.missingArgument(parsed.locale === 'sv' ? 'vilken förinställning, till exempel malmo' : 'which preset, for example malmo'));
      const preset = PRESETS[name];
      if (!preset) return fail(io, t.unknownPreset(name, Object.keys(PRESETS)));
      io.stdout(`${JSON.stringify(preset, null, 2)}\n`);
      return EXIT.ok;
    }
    case 'schema':
      io.stdout(`${JSON.stringify(agreementJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'show': {
      const target = rest[0];
      if (!target) return fail(io, t.missingArgument(parsed.locale === 'sv' ? 'en fil eller förinställning, till exempel malmo' : 'a file or preset, for example malmo'));
      const loaded = await loadAgreement(target, parsed.locale, io);
      if (typeof loaded === 'number') return loaded;
      io.stdout(summarize(loaded, parsed.locale, parsed.today, t.summary));
      return EXIT.ok;
    }
    case 'validate': {
      const target = rest[0];
      if (!target) return fail(io, t.missingArgument(parsed.locale === 'sv' ? 'en fil, - eller en förinställning, till exempel agreement.json' : 'a file, - or a preset, for example agreement.json'));
      const input = await readInput(target, parsed.locale, io);
      if (typeof input === 'number') return input;
      const result = validateAgreement(input.value, { locale: parsed.locale, today: parsed.today });
      if (parsed.format === 'json') {
        io.stdout(`${JSON.stringify({ file: target, today: parsed.today, ok: result.ok, counts: result.counts, issues: result.issues }, null, 2)}\n`);
      } else {
        io.stdout(report(target, result.agreement?.name, parsed.locale, parsed.today, result.issues, result.counts));
      }
      return result.ok ? EXIT.ok : EXIT.invalid;
    }
    default:
      return fail(io, t.unknownCommand(command));
  }
}

function fail(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT.usage;
}

/**
 * Reads the input named on the command line: a preset name, a file, or `-` (standard input), parsed as
 * JSON. A file's name wins over a preset's when both exist. Returns an exit code when it cannot.
 */
export async function readInput(target: string, locale: 'sv' | 'en', io: CliIo): Promise<{ value: unknown } | number> {
  const t = CLI_TEXT[locale];
  let text: string;
  try {
    text = target === '-' ? await io.readStdin() : await io.readFile(target);
  } catch (error) {
    const preset = PRESETS[target];
    if (preset) return { value: preset };
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? locale === 'sv' ? 'filen finns inte' : 'no such file'
        : code === 'EISDIR'
          ? locale === 'sv' ? 'det är en mapp' : 'it is a folder'
          : code === 'EACCES'
            ? locale === 'sv' ? 'behörighet saknas' : 'permission denied'
            : String((error as Error).message ?? error);
    io.stderr(`${t.unreadable(target, reason)}\n`);
    return EXIT.usage;
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const messages = resolveLocale(locale);
    io.stderr(`${messages.messages.invalid_json({ value: target === '-' ? 'stdin' : target, detail: (error as Error).message })}\n`);
    return EXIT.usage;
  }
}

/** Reads an agreement for `show`: exit code 1 with the issues listed when the schema refuses it. */
export async function loadAgreement(target: string, locale: 'sv' | 'en', io: CliIo): Promise<Agreement | number> {
  const input = await readInput(target, locale, io);
  if (typeof input === 'number') return input;
  const result = defineAgreement(input.value, { locale });
  if (!result.ok) {
    io.stderr(`${CLI_TEXT[locale].invalidAgreement(target, result.issues.length)}\n`);
    for (const issue of result.issues) io.stderr(`  • ${issue.params.path ? `${issue.params.path}: ` : ''}${issue.message}\n`);
    return EXIT.invalid;
  }
  return result.agreement;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The human-readable validation report: a heading, the counts, then the issues grouped by severity. */
function report(
  target: string,
  name: Agreement['name'] | undefined,
  locale: 'sv' | 'en',
  today: string,
  issues: readonly Issue[],
  counts: Record<Severity, number>,
): string {
  const t = CLI_TEXT[locale].validate;
  const lines = [t.heading(name ? localize(name, locale) : target, today), t.counts(counts), ''];
  if (issues.length === 0) lines.push(t.clean);
  for (const severity of SEVERITIES) {
    const group = issues.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${t.group[severity]} (${group.length})`);
    for (const issue of group) {
      lines.push(`  ${issue.params.path || t.root}  [${issue.code}]`, `    ${issue.message}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
