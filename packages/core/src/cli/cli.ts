import { dayOf, isDay } from '../_lib/day.js';
import { escapeControl } from '../_lib/escape.js';
import { defineAgreement } from '../agreement/define.js';
import { formatDate } from '../text/format.js';
import { localize } from '../text/localize.js';
import type { Agreement } from '../agreement/agreement.js';
import { resolveLocale } from '../locales/resolve.js';
import { agreementJsonSchema } from '../json-schema/json-schema.js';
import type { Issue, Severity } from '../issue/issue.js';
import { validateAgreement, type ValidationResult } from '../validate/validate.js';
import type { Interest } from '../interest/interest.js';
import { readInterests, type ReadInterestsResult } from '../interest/read.js';
import { createMatchIndex } from '../matching/index-build.js';
import { interestName } from '../matching/explain.js';
import { rankMatches } from '../matching/rank.js';
import { yearlyReport } from '../report/yearly-report.js';
import { reportToMarkdown } from '../report/markdown.js';
import { reportToCsv } from '../report/csv.js';
import { iopsToCsv, organisationsToCsv, toPopolo } from '../export/popolo.js';
import { listIops } from '../iop/list.js';
import { migrateAgreement } from '../migrate/migrate.js';
import { describeRules } from '../validate/describe.js';
import { to360Giving } from '../export/three-sixty-giving.js';
import { malmo } from '../presets/malmo/malmo.js';
import { BUILT_IN_TAGS, resolveLanguage } from '../locales/resolve.js';
import { languageChain, registeredLanguage } from '../locales/registry.js';
import type { CliText } from '../locales/types.js';
import { renderHtml, type RenderElement } from '../render/render.js';
import { summarize } from './summary.js';
import { type ArgOption, readArgs } from './args.js';


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

// The one command a one-command bundle runs, defined by its build (scripts/build-cli.mjs); undefined
// everywhere else (the whole CLI's bundle, the sources).
declare const SAMVERKAN_ONLY: string;

/** Exit codes: 0 done, 1 the agreement has errors, 2 unreadable input or wrong usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

interface Parsed {
  positionals: string[];
  locale: string;
  today: string;
  /** Every other `--name value` option, by name without the dashes. */
  options: Map<string, string>;
  help: boolean;
  version: boolean;
}

// Options that take a value; `--locale` and `--today` are checked here, the rest by their command.
const OPTIONS = {
  locale: { type: 'string' },
  today: { type: 'string' },
  format: { type: 'string' },
  for: { type: 'string' },
  agreement: { type: 'string' },
  limit: { type: 'string' },
  year: { type: 'string' },
  interests: { type: 'string' },
  prefix: { type: 'string' },
  element: { type: 'string' },
  layout: { type: 'string' },
  'heading-level': { type: 'string' },
  src: { type: 'string' },
  stylesheet: { type: 'string' },
  action: { type: 'string' },
  'privacy-href': { type: 'string' },
  'form-href': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Record<string, ArgOption>;

/**
 * Reads the arguments as tokens, as `node:util`'s `parseArgs` makes them (see args.ts), so that each
 * mistake gets a message of our own in the language asked for: a value option needs a value
 * (`--today 2019-05-13` or `--today=2019-05-13`), an unknown option is a usage error, `-` is standard input.
 */
function parseArguments(argv: readonly string[], io: CliIo): Parsed | { error: string; locale: string } {
  const tokens = readArgs(argv, OPTIONS);
  const positionals: string[] = [];
  const options = new Map<string, string>();
  let locale = 'sv';
  let today = dayOf(io.today());
  let help = false;
  let version = false;
  // The locale is read first so that every other message can be in the language asked for.
  const localeToken = tokens.find((tk) => tk.kind === 'option' && tk.name === 'locale');
  if (localeToken?.kind === 'option') {
    const value = localeToken.value;
    if (value !== undefined && !(!localeToken.inlineValue && value.startsWith('--')) && knownLanguage(value)) locale = value;
    else return { error: cliText('sv').badLocale(value === undefined || (!localeToken.inlineValue && value.startsWith('--')) ? '' : value, BUILT_IN_TAGS), locale };
  }
  const t = cliText(locale);
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option-terminator') continue;
    else if (!(token.name in OPTIONS)) return { error: t.unknownOption(token.rawName), locale };
    else if (token.name === 'help') help = true;
    else if (token.name === 'version') version = true;
    else {
      const value = token.value;
      // Without `=`, a following `--flag` is the next option, not this one's value.
      if (value === undefined || (!token.inlineValue && value.startsWith('--'))) return { error: t.missingValue(token.rawName), locale };
      if (token.name === 'today') {
        // One parser for a day: 2019-02-30 is a usage error, not a day in March.
        if (!isDay(value)) return { error: t.badDate(value), locale };
        today = value;
      } else if (token.name !== 'locale') {
        options.set(token.name, value);
      }
    }
  }
  return { positionals, locale, today, options, help, version };
}

/**
 * Runs the `samverkan` command line with the given arguments (without `node` and the script) and
 * returns the exit code. Bad input never throws: it is reported on stderr with exit code 2.
 */
export async function run(argv: readonly string[], given: CliIo): Promise<number> {
  // Names and free text come from whoever submitted an interest or wrote the file: nothing the CLI
  // writes may carry a control character to the terminal (an escape sequence in a name, say).
  const io: CliIo = { ...given, stdout: (text) => given.stdout(escapeControl(text)), stderr: (text) => given.stderr(escapeControl(text)) };
  const parsed = parseArguments(argv, io);
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n`);
    return EXIT.usage;
  }
  const t = cliText(parsed.locale);
  if (parsed.version) {
    io.stdout(`${io.version}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.help || command === undefined || command === 'help') {
    (command === undefined && !parsed.help ? io.stderr : io.stdout)(t.usage);
    return command === undefined && !parsed.help ? EXIT.usage : EXIT.ok;
  }

  if (command === 'validate') return validate(rest, parsed, io);
  // A one-command bundle (scripts/build-cli.mjs) is built with SAMVERKAN_ONLY defined as its command,
  // which the bin loads only when that is the first argument: this test is then false at build time,
  // and the other commands' code (and the modules only they import) is left out of that bundle.
  return typeof SAMVERKAN_ONLY === 'undefined' ? otherCommand(command, rest, parsed, io) : fail(io, t.unknownCommand(command));
}

/** `samverkan validate`: the agreement's issues, as a report or (`--format json`) as JSON. */
async function validate(rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  const target = rest[0];
  if (!target) return fail(io, t.missingArgument(t.argument.validateTarget));
  const input = await readInput(target, parsed.locale, io);
  if (typeof input === 'number') return input;
  const outputFormat = parsed.options.get('format') ?? 'human';
  if (outputFormat !== 'human' && outputFormat !== 'json') return fail(io, t.badFormat(outputFormat, ['human', 'json']));
  const result = validateAgreement(input.value, { locale: parsed.locale, today: parsed.today });
  if (outputFormat === 'json') {
    io.stdout(`${JSON.stringify({ file: target, today: parsed.today, ok: result.ok, counts: result.counts, issues: result.issues }, null, 2)}\n`);
  } else {
    io.stdout(report(target, result.agreement?.name, parsed.locale, parsed.today, result.issues, result.counts));
  }
  return result.ok ? EXIT.ok : EXIT.invalid;
}

/** Every command but `validate`. */
async function otherCommand(command: string, rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  switch (command) {
    case 'preset': {
      const name = rest[0];
      if (!name) return fail(io, t.missingArgument(t.argument.preset));
      const preset = PRESETS[name];
      if (!preset) return fail(io, t.unknownPreset(name, Object.keys(PRESETS)));
      io.stdout(`${JSON.stringify(preset, null, 2)}\n`);
      return EXIT.ok;
    }
    case 'schema':
      io.stdout(`${JSON.stringify(agreementJsonSchema({ locale: parsed.locale }), null, 2)}\n`);
      return EXIT.ok;
    case 'show': {
      const target = rest[0];
      if (!target) return fail(io, t.missingArgument(t.argument.target));
      const loaded = await loadAgreement(target, parsed.locale, io);
      if (typeof loaded === 'number') return loaded;
      io.stdout(summarize(loaded, parsed.locale, parsed.today, t.summary));
      return EXIT.ok;
    }
    case 'match':
      return match(rest, parsed, io);
    case 'report':
      return yearly(rest, parsed, io);
    case 'export':
      return exportData(rest, parsed, io);
    case 'iop':
      return iops(rest, parsed, io);
    case 'migrate':
      return migrate(rest, parsed, io);
    case 'rules':
      return rules(parsed, io);
    case 'render':
      return render(rest, parsed, io);
    default:
      return fail(io, t.unknownCommand(command));
  }
}

/** The CLI's words in a language: its own pack's, else the next along its chain that has them. */
function cliText(locale: string): CliText {
  return resolveLanguage(locale, 'cli').cli;
}

/** A language the CLI can speak: a built-in or registered pack for the tag or a less specific one (`en-GB` → `en`). */
function knownLanguage(tag: string): boolean {
  const chain = languageChain(tag);
  // The chain always ends in Swedish; that fallback alone does not make a tag known.
  const own = tag.trim().toLowerCase().split('-')[0] === 'sv' ? chain : chain.slice(0, -1);
  return own.some((t) => BUILT_IN_TAGS.includes(t) || registeredLanguage(t) !== undefined);
}

const ELEMENTS: readonly RenderElement[] = ['all', 'area-list', 'principles', 'match-form'];
const LAYOUTS = ['cards', 'list'] as const;

/** `samverkan render`: the listings as HTML that works without JavaScript and is taken over by the elements. */
async function render(rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  const target = rest[0];
  if (!target) return fail(io, t.missingArgument(t.argument.target));
  const o = parsed.options;
  const element = o.get('element') ?? 'all';
  if (!(ELEMENTS as readonly string[]).includes(element)) return fail(io, t.badChoice('--element', element, ELEMENTS.join(', ')));
  const layout = o.get('layout') ?? 'cards';
  if (!(LAYOUTS as readonly string[]).includes(layout)) return fail(io, t.badChoice('--layout', layout, LAYOUTS.join(', ')));
  const levelText = o.get('heading-level') ?? '2';
  const level = Number(levelText);
  if (!/^[1-6]$/.test(levelText)) return fail(io, t.badChoice('--heading-level', levelText, '1–6'));
  const agreement = await loadAgreement(target, parsed.locale, io);
  if (typeof agreement === 'number') return agreement;
  // The elements show Malmöandan unless told otherwise: any other agreement needs its address.
  const src = o.get('src');
  if (!src && agreement.id !== malmo.id) return fail(io, t.renderNeedsSrc(target));
  const stylesheet = o.get('stylesheet');
  io.stdout(
    renderHtml(agreement, {
      element: element as RenderElement,
      locale: parsed.locale,
      layout: layout as 'cards' | 'list',
      headingLevel: level,
      today: parsed.today,
      ...(stylesheet !== undefined ? { stylesheet: stylesheet === 'none' ? null : stylesheet } : {}),
      ...(src ? { src } : {}),
      ...(o.get('action') ? { action: o.get('action')! } : {}),
      ...(o.get('privacy-href') ? { privacyHref: o.get('privacy-href')! } : {}),
      ...(o.get('form-href') ? { formHref: o.get('form-href')! } : {}),
    }),
  );
  return EXIT.ok;
}

function fail(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT.usage;
}

/**
 * Reads the input named on the command line: a preset name, a file, or `-` (standard input), parsed as
 * JSON. A file's name wins over a preset's when both exist. Returns an exit code when it cannot.
 */
export async function readInput(target: string, locale: string, io: CliIo): Promise<{ value: unknown } | number> {
  const t = cliText(locale);
  let text: string;
  try {
    text = target === '-' ? await io.readStdin() : await io.readFile(target);
  } catch (error) {
    const preset = PRESETS[target];
    if (preset) return { value: preset };
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? t.fileError.missing
        : code === 'EISDIR'
          ? t.fileError.folder
          : code === 'ENOTREG'
            ? t.fileError.notRegular
            : code === 'EACCES'
              ? t.fileError.denied
              : String((error as Error).message ?? error);
    io.stderr(`${t.unreadable(target, reason)}\n`);
    return EXIT.usage;
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const messages = resolveLocale(locale);
    // Only where the mistake is, never the parser's own text: it quotes the file's raw bytes.
    const at = /line (\d+) column (\d+)/.exec((error as Error).message);
    io.stderr(`${messages.messages.invalid_json({ value: target === '-' ? 'stdin' : target, ...(at ? { line: Number(at[1]), column: Number(at[2]) } : {}) })}\n`);
    return EXIT.usage;
  }
}

/** Reads an agreement for `show`: exit code 1 with the issues listed when the schema refuses it. */
export async function loadAgreement(target: string, locale: string, io: CliIo): Promise<Agreement | number> {
  const loaded = await loadValidated(target, locale, io);
  return typeof loaded === 'number' ? loaded : loaded.agreement;
}

/**
 * Reads an agreement and, given a day, validates it on that day in the same pass (the schema, then the
 * rules) for a command that needs both: `report` hands the validation on rather than validating again.
 * Without a day only the schema runs. Exit code 1 with the issues listed when the schema refuses it.
 */
async function loadValidated(target: string, locale: string, io: CliIo, today?: string): Promise<{ agreement: Agreement; validation?: ValidationResult } | number> {
  const input = await readInput(target, locale, io);
  if (typeof input === 'number') return input;
  const result = today === undefined ? defineAgreement(input.value, { locale }) : validateAgreement(input.value, { locale, today });
  if (!result.agreement) {
    io.stderr(`${cliText(locale).invalidAgreement(target, result.issues.length)}\n`);
    for (const issue of result.issues) io.stderr(`  • ${issue.params.path ? `${issue.params.path}: ` : ''}${issue.message}\n`);
    return EXIT.invalid;
  }
  return today === undefined ? { agreement: result.agreement } : { agreement: result.agreement, validation: result as ValidationResult };
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The human-readable validation report: a heading, the counts, then the issues grouped by severity. */
function report(
  target: string,
  name: Agreement['name'] | undefined,
  locale: string,
  today: string,
  issues: readonly Issue[],
  counts: Record<Severity, number>,
): string {
  const t = cliText(locale).validate;
  const lines = [t.heading(name ? localize(name, locale) : target, formatDate(today, locale)), t.counts(counts), ''];
  if (issues.length === 0) lines.push(t.clean);
  for (const severity of SEVERITIES) {
    const group = issues.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${t.group[severity]} (${group.length})`);
    for (const issue of group) {
      lines.push(`  ${issue.params.path || t.root}  [${issue.code}${issue.rule ? ` · ${cliText(locale).rule} ${issue.rule}` : ''}]`, `    ${issue.message}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function intOption(parsed: Parsed, name: string, io: CliIo): number | undefined | null {
  const raw = parsed.options.get(name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) {
    io.stderr(`${cliText(parsed.locale).badNumber(`--${name}`, raw)}\n`);
    return null;
  }
  return Number(raw);
}

/** `samverkan match <interests.json> [--for <id>]`: proposals, with their reasons, for one or every interest. */
async function match(rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  const file = rest[0];
  if (!file) return fail(io, t.missingArgument(t.argument.interests));
  const limit = intOption(parsed, 'limit', io);
  if (limit === null) return EXIT.usage;
  const agreementInput = await readInput(parsed.options.get('agreement') ?? 'malmo', parsed.locale, io);
  if (typeof agreementInput === 'number') return agreementInput;
  const defined = defineAgreement(agreementInput.value, { locale: parsed.locale });
  if (!defined.ok) {
    io.stderr(`${t.invalidAgreement(parsed.options.get('agreement') ?? 'malmo', defined.issues.length)}\n`);
    return EXIT.invalid;
  }
  const read = await readInterestsFile(file, defined.agreement, parsed.locale, io);
  if (typeof read === 'number') return read;
  const { interests, issues } = read;
  const wanted = parsed.options.get('for');
  const queries = wanted === undefined ? interests : interests.filter((i) => i.id === wanted);
  if (wanted !== undefined && queries.length === 0) return fail(io, t.unknownInterest(wanted));
  const index = createMatchIndex(interests);
  const lines: string[] = [];
  for (const query of queries) {
    const matches = rankMatches(query, index, { agreement: defined.agreement, locale: parsed.locale, ...(limit !== undefined ? { limit } : {}) });
    lines.push(t.matchHeading(interestName(query, { agreement: defined.agreement, locale: parsed.locale })));
    if (matches.length === 0) lines.push(`  ${t.noMatches}`);
    matches.forEach((m, i) => {
      lines.push(`  ${i + 1}. ${m.name} (${m.score.toFixed(2)})`);
      for (const reason of m.explanation) lines.push(`     ${reason}`);
    });
    lines.push('');
  }
  io.stdout(`${lines.join('\n').trimEnd()}\n`);
  return reportInterestIssues(file, issues, parsed.locale, io);
}

/**
 * Reads a file of interests the one way `match` and `report --interests` share: each interest read by
 * the schema and its ids checked against the agreement (an unknown department or area is reported).
 */
async function readInterestsFile(file: string, agreement: Agreement, locale: string, io: CliIo): Promise<ReadInterestsResult | number> {
  const input = await readInput(file, locale, io);
  if (typeof input === 'number') return input;
  return readInterests(input.value, { locale, agreement });
}

/** Lists the interests that could not be used on stderr; exit code 1 when there are any. */
function reportInterestIssues(file: string, issues: readonly Issue[], locale: string, io: CliIo): number {
  if (issues.length === 0) return EXIT.ok;
  const broken = new Set(issues.map((i) => i.path.slice(0, typeof i.path[0] === 'number' ? 1 : 2).join('.'))).size;
  io.stderr(`${cliText(locale).invalidInterests(file, broken)}\n`);
  for (const issue of issues) io.stderr(`  • ${issue.params.path ? `${issue.params.path}: ` : ''}${issue.message}\n`);
  return EXIT.invalid;
}

/** `samverkan report <file|preset> --year 2019`: the yearly follow-up as Markdown, CSV or JSON. */
async function yearly(rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  const target = rest[0];
  if (!target) return fail(io, t.missingArgument(t.argument.target));
  const year = intOption(parsed, 'year', io);
  if (year === null) return EXIT.usage;
  if (year === undefined) return fail(io, t.missingValue('--year'));
  const outputFormat = parsed.options.get('format') ?? 'markdown';
  if (!['markdown', 'csv', 'json'].includes(outputFormat)) return fail(io, t.badFormat(outputFormat, ['markdown', 'csv', 'json']));
  // One validation, on the year's last day, handed to the report.
  const loaded = await loadValidated(target, parsed.locale, io, `${year}-12-31`);
  if (typeof loaded === 'number') return loaded;
  const { agreement, validation } = loaded;
  let interests: Interest[] = [];
  let issues: readonly Issue[] = [];
  const interestsFile = parsed.options.get('interests');
  if (interestsFile) {
    const read = await readInterestsFile(interestsFile, agreement, parsed.locale, io);
    if (typeof read === 'number') return read;
    ({ interests, issues } = read);
  }
  const report = yearlyReport(agreement, { year, interests, locale: parsed.locale, ...(validation ? { validation } : {}) });
  io.stdout(outputFormat === 'csv' ? reportToCsv(report) : outputFormat === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportToMarkdown(report));
  // The report counts the interests it could use; those it could not are named, never dropped silently.
  return interestsFile ? reportInterestIssues(interestsFile, issues, parsed.locale, io) : EXIT.ok;
}

/** `samverkan export 360giving|popolo|csv <file|preset>`: open data, with no contact person in it. */
async function exportData(rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  const [kind, target] = rest;
  if (!kind) return fail(io, t.unknownExport(''));
  if (!['360giving', 'popolo', 'csv', 'iop'].includes(kind)) return fail(io, t.unknownExport(kind));
  if (!target) return fail(io, t.missingArgument(t.argument.target));
  const agreement = await loadAgreement(target, parsed.locale, io);
  if (typeof agreement === 'number') return agreement;
  const prefix = parsed.options.get('prefix');
  if (kind === 'csv') io.stdout(organisationsToCsv(agreement));
  else if (kind === 'iop') io.stdout(iopsToCsv(agreement, parsed.locale));
  else if (kind === 'popolo') io.stdout(`${JSON.stringify(toPopolo(agreement), null, 2)}\n`);
  else io.stdout(`${JSON.stringify(to360Giving(agreement, prefix ? { prefix } : {}), null, 2)}\n`);
  return EXIT.ok;
}

/** `samverkan iop <file|preset>`: the agreement's IOPs, as text or (`--format json`) as data. */
async function iops(rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  const target = rest[0];
  if (!target) return fail(io, t.missingArgument(t.argument.target));
  const outputFormat = parsed.options.get('format') ?? 'human';
  if (outputFormat !== 'human' && outputFormat !== 'json') return fail(io, t.badFormat(outputFormat, ['human', 'json']));
  const agreement = await loadAgreement(target, parsed.locale, io);
  if (typeof agreement === 'number') return agreement;
  const rows = listIops(agreement, parsed.locale);
  if (outputFormat === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = [t.iop.heading(localize(agreement.name, parsed.locale), rows.length)];
  for (const r of rows) {
    lines.push(
      '',
      `• ${r.name}`,
      `  ${r.purpose}`,
      `  ${t.iop.parties}: ${r.parties.join(', ')}`,
      `  ${t.iop.period}: ${r.start ? `${r.start} – ${r.end ?? ''}` : t.iop.missing}`,
      `  ${t.iop.written}: ${r.writtenAgreement ? t.iop.yes : t.iop.missing}${r.decisionReference ? ` · ${t.iop.decision} ${r.decisionReference}` : ''}`,
      `  ${t.iop.contributions(r.moneySek, r.inKind)}`,
      ...(r.nextEvaluation ? [`  ${t.iop.nextEvaluation}: ${r.nextEvaluation}`] : []),
      ...(r.criteriaAssessed > 0 ? [`  ${t.iop.criteria(r.criteriaMet, r.criteriaAssessed)}`] : []),
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** `samverkan migrate <file|->`: the agreement upgraded to the current format, on standard output; what changed on stderr. */
async function migrate(rest: readonly string[], parsed: Parsed, io: CliIo): Promise<number> {
  const t = cliText(parsed.locale);
  const target = rest[0];
  if (!target) return fail(io, t.missingArgument(t.argument.migrateTarget));
  const input = await readInput(target, parsed.locale, io);
  if (typeof input === 'number') return input;
  const { agreement, changes } = migrateAgreement(input.value);
  io.stdout(`${JSON.stringify(agreement, null, 2)}\n`);
  for (const c of changes) io.stderr(`${t.migrated(c.change, c.count)}\n`);
  const result = defineAgreement(agreement, { locale: parsed.locale });
  if (!result.ok) {
    io.stderr(`${t.invalidAgreement(target, result.issues.length)}\n`);
    for (const issue of result.issues) io.stderr(`  • ${issue.params.path ? `${issue.params.path}: ` : ''}${issue.message}\n`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}

/** `samverkan rules`: every rule with what it checks, its default severity, parameters and source. */
function rules(parsed: Parsed, io: CliIo): number {
  const t = cliText(parsed.locale);
  const outputFormat = parsed.options.get('format') ?? 'human';
  if (outputFormat !== 'human' && outputFormat !== 'json') return fail(io, t.badFormat(outputFormat, ['human', 'json']));
  const all = describeRules(parsed.locale);
  if (outputFormat === 'json') {
    io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines: string[] = [t.rules.heading(all.length)];
  for (const r of all) {
    lines.push('', `${r.id}  (${t.rules.severity[r.severity]})`, `  ${r.description}`);
    for (const [name, p] of Object.entries(r.params)) lines.push(`  ${t.rules.param(name, p.min, p.max, p.default)}`, `    ${p.description}`);
    lines.push(`  ${t.rules.source}: ${r.source}`);
  }
  lines.push('', t.rules.howToTune);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
