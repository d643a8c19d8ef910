/**
 * Text made safe for a terminal: every control character except newline, tab and the CR of a CRLF line
 * end (CSV's) — C0 (ESC, a lone CR, BEL, …),
 * DEL, C1 (CSI U+009B, …) — and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) written as `\u001b`-style escapes, so no escape sequence in a submitted name reaches a
 * terminal. The escape is also valid inside a JSON string, so JSON output stays JSON with the same value.
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
