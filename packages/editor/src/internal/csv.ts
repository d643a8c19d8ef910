// Organisations from a föreningsregister export or a spreadsheet saved as CSV: parsed, mapped to the
// model's fields by column, and each row checked by core's own rules before it is added.
import { validateAgreement, type Agreement, type EditorText, type Issue, type LegalForm } from '@samverkan/core';

/** The fields a column can fill. */
export type CsvField = 'name' | 'organisationNumber' | 'legalForm' | 'registration';
export const CSV_FIELDS: readonly CsvField[] = ['name', 'organisationNumber', 'legalForm', 'registration'];

/** Which column (by position) fills which field; a field left out is not imported. */
export type ColumnMap = Partial<Record<CsvField, number>>;

/**
 * The rows of a CSV text. The delimiter is the one of `;`, `,` and tab that the first line uses most
 * (Swedish spreadsheets write `;`); quoted cells may hold delimiters, doubled quotes and line breaks.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A first guess at the mapping, from the headings matched against the field names in the packs. */
export function guessColumns(header: readonly string[], packs: readonly EditorText[]): ColumnMap {
  const map: ColumnMap = {};
  for (const field of CSV_FIELDS) {
    const names = packs.map((p) => fold(p.csv.column[field]));
    const i = header.findIndex((h) => {
      const f = fold(h);
      return f !== '' && names.some((n) => n === f || n.startsWith(f) || f.startsWith(n));
    });
    if (i >= 0) map[field] = i;
  }
  return map;
}

/** A legal form from the words a register uses: a pack's name for it, or the model's own value. */
export function readLegalForm(value: string, packs: readonly EditorText[]): LegalForm | undefined {
  const f = fold(value);
  for (const pack of packs) {
    for (const [key, label] of Object.entries(pack.options)) {
      if (!key.startsWith('legalForm.')) continue;
      const form = key.slice('legalForm.'.length) as LegalForm;
      const inside = /\(([^)]*)\)/.exec(label)?.[1];
      const outside = label.replace(/\([^)]*\)/, '');
      const candidates = [form, label, outside, inside].filter((c): c is string => !!c).map(fold);
      // "Trossamfund" for "Registrerat trossamfund": a register may leave the qualifier out.
      if (candidates.some((c) => c === f || (f.length >= 5 && c.endsWith(` ${f}`)))) return form;
    }
  }
  return undefined;
}

/** Yes or no in any of the packs' words, or true/false/1/0. */
export function readYesNo(value: string, packs: readonly EditorText[]): boolean | undefined {
  const f = fold(value);
  if (packs.some((p) => fold(p.boolean.yes) === f) || f === 'true' || f === '1') return true;
  if (packs.some((p) => fold(p.boolean.no) === f) || f === 'false' || f === '0') return false;
  return undefined;
}

/** An id for a name: small ASCII letters, digits and hyphens, not among `taken`. */
export function slugFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'organisation';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** One row of the file, what it would add, and why it cannot be added yet. */
export interface CsvRow {
  /** The row's line in the file, counted from 1. */
  line: number;
  cells: readonly string[];
  organisation: Record<string, unknown>;
  problems: readonly string[];
}

/**
 * Checks each row as an organisation of an agreement: the packs' words for the legal form and the
 * register, then core's schema and rules (organisationsnummer shape and check digit, its group against
 * the legal form), through `validateAgreement` on `carrier` — a valid agreement the row is put in —
 * so the messages are the ones `samverkan validate` gives. Ids are made from the names, unique among
 * `takenIds` and the earlier rows.
 */
export function checkRows(
  rows: readonly string[][],
  firstLine: number,
  map: ColumnMap,
  options: { carrier: Agreement; takenIds: ReadonlySet<string>; words: EditorText; packs: readonly EditorText[]; locale: string },
): CsvRow[] {
  const taken = new Set(options.takenIds);
  const cell = (cells: readonly string[], field: CsvField) => (map[field] === undefined ? '' : (cells[map[field]!] ?? '').trim());
  return rows.map((cells, i) => {
    const problems: string[] = [];
    const name = cell(cells, 'name');
    const org: Record<string, unknown> = { id: slugFor(name, taken), name };
    if (!name) problems.push(options.words.csv.missingName);
    const number = cell(cells, 'organisationNumber');
    if (number) org.organisationNumber = number;
    const form = cell(cells, 'legalForm');
    if (form) {
      const legalForm = readLegalForm(form, options.packs);
      if (legalForm) org.legalForm = legalForm;
      else problems.push(options.words.csv.unknownLegalForm(form));
    }
    const registration = cell(cells, 'registration');
    if (registration) {
      const yes = readYesNo(registration, options.packs);
      if (yes === undefined) problems.push(options.words.csv.unknownRegistration(registration));
      else org.associationRegister = yes;
    }
    if (name) {
      // The row alone in the carrier's list: the carrier's other parts may name organisations it no
      // longer has, but only what the rules say about this row is kept.
      const result = validateAgreement({ ...options.carrier, organisations: [org] }, { locale: options.locale });
      const own = result.issues.filter((issue: Issue) => issue.severity === 'error' && issue.path[0] === 'organisations' && issue.path[1] === 0);
      problems.push(...own.map((issue) => issue.message));
    }
    if (problems.length === 0) taken.add(org.id as string);
    return { line: firstLine + i, cells, organisation: org, problems };
  });
}
