/**
 * One CSV line (RFC 4180): fields with a comma, quote or line break are quoted. A text cell starting
 * with = + - @ gets a leading apostrophe, so a spreadsheet does not run it as a formula.
 */
export function csvLine(cells: readonly (string | number | boolean | undefined)[]): string {
  return cells
    .map((cell) => {
      if (cell === undefined) return '';
      if (typeof cell !== 'string') return String(cell);
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',');
}

/** A CSV document: a header and rows, CRLF line ends as RFC 4180 has them. */
export function csv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return `${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}
