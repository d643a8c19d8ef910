import type { CliText } from '../types.js';

const USAGE = `Usage: samverkan <command> [options]

Commands:
  preset malmo              Print the Malmöandan agreement as JSON
  schema                    Print the JSON Schema of an agreement.json
  show <file|preset|->      Print a summary of an agreement
  validate <file|preset|->  Check an agreement against the schema and the rules
  match <interests.json>    Propose collaborations between interests (--for <id>, --limit N)
  report <file|preset>      Yearly follow-up (--year YYYY, --interests <file>, --format markdown|csv|json)
  export <kind> <file|preset>  Open data: 360giving, popolo, csv or iop (--prefix 360G-…)
  iop <file|preset>         List the agreement's idea-based public partnerships (--format human|json)
  migrate <file|->          Print an agreement.json written for 0.1 in the current format
  rules                     List every rule: what it checks, severity, parameters, source
  render <file|preset>      HTML that works without JavaScript: --element area-list|principles|match-form|all,
                            --layout cards|list, --heading-level 1–6, --src <address>, --stylesheet <address>|none,
                            --action, --privacy-href, --form-href <address>

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
    migrateTarget: 'a file or -, for example agreement.json',
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
  badChoice: (o, v, options) => `${o} cannot be "${v}". Choose ${options}.`,
  renderNeedsSrc: (target) =>
    `Give with --src the address ${target} is published at on the site, for example --src /data/agreement.json, so the elements show the same agreement when their script loads.`,
  unknownInterest: (id) => `There is no interest with the id "${id}". Check the id in the file.`,
  invalidInterests: (file, n) => `${n} interests in ${file} could not be read and are left out:`,
  unknownExport: (k) => `There is no export "${k}". Choose 360giving, popolo, csv or iop.`,
  matchHeading: (name) => `Proposals for ${name}:`,
  noMatches: 'No proposals above the threshold.',
  unreadable: (file, reason) => `Could not read ${file}: ${reason}. Check the path and that the file exists.`,
  invalidAgreement: (file, n) => `${file} is not a valid agreement: ${n} ${n === 1 ? 'error' : 'errors'} to correct.`,
  rule: 'rule',
  iop: {
    heading: (name, n) => `${name}: ${n} idea-based public ${n === 1 ? 'partnership' : 'partnerships'} (IOP)`,
    parties: 'Parties',
    period: 'Period',
    written: 'Written agreement',
    decision: 'decision',
    yes: 'yes',
    missing: 'missing',
    contributions: (money, inKind) => `Contributions: SEK ${money.toLocaleString('en-GB')} in money${inKind ? `, ${inKind} in kind` : ''}`,
    nextEvaluation: 'Next evaluation',
    criteria: (met, assessed) => `SKR's criteria: ${met} of ${assessed} assessed met`,
  },
  migrated: (change, count) =>
    change === 'signatories-to-joined'
      ? `The declaration of intent's ${count ?? 0} "signatories" were moved to the joining register "joined".`
      : 'The file now has "formatVersion": "0.2".',
  rules: {
    heading: (n) => `${n} rules. Each can be switched off or given another severity under "rules" in agreement.json.`,
    severity: { error: 'error', warning: 'warning', info: 'note' },
    param: (name, min, max, def) => `Parameter ${name}: ${min}–${max}${def !== undefined ? `, default ${def}` : ''}`,
    source: 'Source',
    howToTune: 'Example: "rules": { "hosting-seats": { "enabled": false }, "area-time-frame": { "params": { "years": 5 } } }',
  },
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
    sides: { municipality: 'municipality', region: 'region', sector: 'idéburen sektor' },
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
    countyCode: 'county code',
    asOf: (date) => `data as of ${date}`,
    joined: (n) => `Organisations joined: ${n}`,
    declaration: (year, n) => `Declaration of intent ${year}: ${n} organisations took part or joined`,
    iops: (n) => `Idea-based public partnerships (IOP): ${n}`,
    organising: 'Ways of organising',
    ways: {
      hosting: 'hosting',
      coordinators: 'coordinators',
      'working-group': 'working group',
      forums: 'dialogue forums',
      secretariat: 'secretariat',
      conference: 'conference',
    },
    forum: (name, members, meetings) => `  • ${name}: ${members} ${members === 1 ? 'member' : 'members'}, ${meetings} ${meetings === 1 ? 'meeting' : 'meetings'}`,
    secretariat: (by) => `  • Secretariat: ${by}`,
    conference: (name, every) => `  • ${name}${every === 1 ? ', every year' : `, every ${every} years`}`,
    history: 'Later events',
    grantCategories: 'Grant and support categories',
    collaborationForms: 'Forms of collaboration',
    collaborations: 'Examples of collaboration',
    glossary: 'Terms',
  },
};
