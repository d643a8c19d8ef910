import fc from 'fast-check';

type Path = (string | number)[];

/** Every path into a value: each key of each object and the first `perList` items of each list. */
export function pathsOf(value: unknown, perList: number): Path[] {
  const paths: Path[] = [];
  const walk = (node: unknown, path: Path) => {
    if (path.length) paths.push(path);
    if (Array.isArray(node)) node.slice(0, perList).forEach((v, i) => walk(v, [...path, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(value, []);
  return paths;
}

/**
 * An arbitrary of copies of `base` with the value at one of its paths replaced by arbitrary JSON, with
 * a language to read it in: the input of the "never throws, always says what is wrong" property tests.
 */
export function mutatedCopies(base: unknown, perList: number) {
  return fc.tuple(fc.constantFrom(...pathsOf(base, perList)), fc.jsonValue(), fc.constantFrom('sv', 'en')).map(([path, value, locale]) => {
    const input = changedCopy(base, path, (holder, key) => {
      holder[key] = value;
    });
    return { input, locale };
  });
}

/** A deep copy of `base` with `change` made at `path`, given the object or list that holds its last key, and that key. */
export function changedCopy(base: unknown, path: Path, change: (holder: any, key: string | number) => void): Record<string | number, unknown> {
  const input = structuredClone(base) as Record<string | number, unknown>;
  change(path.slice(0, -1).reduce<any>((node, seg) => node[seg], input), path[path.length - 1]!);
  return input;
}
