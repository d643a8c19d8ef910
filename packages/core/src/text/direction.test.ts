import { describe, expect, it } from 'vitest';
import { textDirection } from './direction.js';

describe('textDirection', () => {
  it('is rtl for languages written in Arabic or Hebrew script, by their likely script', () => {
    expect(['ar', 'ar-SE', 'fa', 'ur', 'he', 'ckb'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
  });

  it('is ltr for the other built-in languages, a private-use tag, a script written out, and a tag Intl cannot read', () => {
    expect(['sv', 'en', 'so', 'sv-x-lattlast', 'az-Latn', 'not a tag'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
