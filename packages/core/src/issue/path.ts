// Schema-free and list-free, so a page can write a path without loading the issue codes.

/**
 * Writes a path the way a reader of the JSON finds it: `plans[0].areas[2].name`.
 *
 * @example
 * ```ts
 * formatPath(['plans', 0, 'areas', 2, 'name']); // 'plans[0].areas[2].name'
 * formatPath([]); // ''
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
