import type { CliText } from '../types.js';

const USAGE = `Usage: samverkan <command> [options]

Commands:
  preset malmo              Print the Malmöandan agreement as JSON
  schema                    Print the JSON Schema of an agreement.json
  show <file|preset|->      Print a summary of an agreement
  validate <file|preset|->  Check an agreement against the schema and the rules
  match <interests.json>    Propose collaborations between interests (--for <id>, --limit N)
  report <file|preset>      Yearly follow-up (--year YYYY, --interests <file>, --format markdown|csv|json)
  export <kind> <file|preset>  Open data: 360giving, popolo or csv (--prefix 360G-…)

Options:
  --locale <language>       Language: sv, en, ar, so, sv-x-lattlast (Swedish by default)
  --today YYYY-MM-DD        The day hosting, status and time rules apply to (default: today)
  --format …                The output's form (validate: human|json; report: markdown|csv|json)
  --agreement <file|preset> The agreement match takes names from (default: malmo)
  --help                    Show this help
  --version                 Show the version

Examples:
  samverkan show malmo
  samverkan show agreement.json --locale en
  samverkan validate agreement.json --today 2019-05-13

Exit codes: 0 done, 1 the agreement has errors, 2 unreadable input or wrong usage.
`;

/**
 * English: the command line's own words.
 *
 * @example
 * ```ts
 * import { cli } from '@samverkan/core/locales/en/cli';
 * console.log(cli.usage);
 * ```
 */
export const cli: CliText = {
  usage: USAGE,
  unknownCommand: (cmd) => `There is no command "${cmd}". Run samverkan --help to see the commands.`,
  unknownPreset: (name, known) => `There is no preset "${name}". Choose one of: ${known.join(', ')}.`,
  missingArgument: (what) => `Give ${what}. Run samverkan --help for examples.`,
  argument: {
    preset: 'which preset, for example malmo',
    target: 'a file or preset, for example malmo',
    validateTarget: 'a file, - or a preset, for example agreement.json',
    interests: 'a file of interests, for example interests.json',
  },
  fileError: {
    missing: 'no such file',
    folder: 'it is a folder',
    notRegular: 'it is not a regular file (a named pipe or a device)',
    denied: 'permission denied',
  },
  unknownOption: (opt) => `There is no option "${opt}". Run samverkan --help to see the options.`,
  badLocale: (v, known) => `There is no language "${v}". Choose one of ${known.join(', ')}.`,
  badDate: (v) => `"${v}" is not a date. Write the date as YYYY-MM-DD, for example 2019-05-13.`,
  badFormat: (v, options) => `There is no format "${v}". Choose ${options.join(' or ')}.`,
  missingValue: (o) => `The option ${o} needs a value, for example ${o} ${o === '--year' ? '2019' : o === '--limit' ? '5' : '…'}.`,
  badNumber: (o, v) => `${o} must be a whole number, not "${v}".`,
  unknownInterest: (id) => `There is no interest with the id "${id}". Check the id in the file.`,
  invalidInterests: (file, n) => `${n} interests in ${file} could not be read and are left out:`,
  unknownExport: (k) => `There is no export "${k}". Choose 360giving, popolo or csv.`,
  matchHeading: (name) => `Proposals for ${name}:`,
  noMatches: 'No proposals above the threshold.',
  unreadable: (file, reason) => `Could not read ${file}: ${reason}. Check the path and that the file exists.`,
  invalidAgreement: (file, n) => `${file} is not a valid agreement: ${n} ${n === 1 ? 'error' : 'errors'} to correct.`,
  validate: {
    heading: (name, today) => `${name}, checked for ${today}`,
    counts: (c) => `${c.error} ${c.error === 1 ? 'error' : 'errors'} · ${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'} · ${c.info} ${c.info === 1 ? 'note' : 'notes'}`,
    clean: 'Nothing to report.',
    root: '(root)',
    group: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  },
  summary: {
    municipalityCode: 'municipality code',
    adopted: 'adopted',
    status: {
      draft: 'draft',
      active: (since) => (since ? `in force since ${since}` : 'in force'),
      terminated: (date, reason) => `terminated ${date}: ${reason}`,
    },
    parties: 'Parties',
    sides: { municipality: 'municipality', sector: 'idéburen sektor' },
    vision: 'Vision',
    aims: 'Aims',
    principles: 'Principles',
    plan: 'Cooperation plan',
    noPlan: 'No cooperation plan in force',
    areas: 'Priority areas',
    phase: 'Phase',
    hostSector: 'Host, idéburen sektor',
    hostMunicipality: 'Host, department',
    vacant: 'vacant',
    coordinators: 'Coordinators',
    attachedTo: 'tied to',
    notStated: 'not stated',
    workingGroup: 'Working group',
    members: (n) => `${n} ${n === 1 ? 'member' : 'members'}`,
    roles: { coordinator: 'coordinators', host: 'hosts', 'co-opted': 'co-opted members' },
    departments: 'Departments',
    organisations: 'Organisations',
    signatories: (year, n) => `Declaration of intent ${year}: ${n} signatories`,
    grantCategories: 'Grant and support categories',
    collaborationForms: 'Forms of collaboration',
    collaborations: 'Examples of collaboration',
    glossary: 'Terms',
  },
};
