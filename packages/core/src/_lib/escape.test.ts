import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl } from './escape.js';

describe('escapeControl', () => {
  it('writes escape sequences, carriage returns and bidi overrides as visible escapes', () => {
    expect(escapeControl('Läxhjälpen\u001b[2J\u001b]0;pwned\u0007')).toBe('Läxhjälpen\\u001b[2J\\u001b]0;pwned\\u0007');
    expect(escapeControl('a\rb\u009b31mc\u202ed')).toBe('a\\u000db\\u009b31mc\\u202ed');
  });

  it('keeps newlines, tabs, CRLF line ends and every printable letter, Swedish and Arabic included', () => {
    expect(escapeControl('Föreningen Ökad Ålder\n\tجمعية\r\n')).toBe('Föreningen Ökad Ålder\n\tجمعية\r\n');
  });

  it('leaves no control character but newline and tab, and keeps JSON valid and equal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = escapeControl(s);
        expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/);
        expect(JSON.parse(escapeControl(JSON.stringify({ s })))).toEqual({ s });
      }),
      { numRuns: 200 },
    );
  });
});
