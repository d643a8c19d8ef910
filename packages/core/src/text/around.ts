// A pack's sentence takes plain strings, but a value from the agreement inside it (a plan's name) may be
// in another language than the sentence: a Swedish name in an Arabic sentence must be marked lang="sv".
// Writing the sentence with a hole where the value goes gives the text before and after it, so the value
// can be wrapped in its own element.

// A private-use character: never in a pack's wording.
const HOLE = '\uE000';

/**
 * The text of a sentence before and after the place where one value goes, so that the value can be
 * marked up on its own (its `lang` and `dir`). `write` is the pack's sentence, given the hole to put
 * where the value belongs. A sentence that leaves the value out gives the whole text before it, and
 * `found` is false.
 *
 * @example
 * ```ts
 * const [before, after] = around((name) => `${name}, 13 juni 2018 – 31 december 2022`);
 * // before: '', after: ', 13 juni 2018 – 31 december 2022'
 * ```
 */
export function around(write: (hole: string) => string): [before: string, after: string, found: boolean] {
  const sentence = write(HOLE);
  const at = sentence.indexOf(HOLE);
  if (at < 0) return [sentence, '', false];
  return [sentence.slice(0, at), sentence.slice(at + HOLE.length).replaceAll(HOLE, ''), true];
}
