// Edits as new values: the agreement is never changed in place, so every state the editor has shown can
// be kept for undo at the cost of the parts that changed.
import { isObject, type Path } from './schema.js';

/** The value at `path`, or `undefined` when any step is missing. */
export function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) {
    if (Array.isArray(v) && typeof key === 'number') v = v[key];
    else if (isObject(v) && typeof key === 'string') v = v[key];
    else return undefined;
  }
  return v;
}

/**
 * A copy of `value` with `next` at `path` (objects and lists made on the way as needed). `undefined`
 * removes a property, so an optional field cleared leaves nothing behind in the file.
 */
export function setIn(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[key] = setIn(list[key], rest, next);
    return list;
  }
  const obj: Record<string, unknown> = isObject(value) ? { ...value } : {};
  const inner = setIn(obj[key!], rest, next);
  if (inner === undefined) delete obj[key!];
  else obj[key!] = inner;
  return obj;
}

/** A copy with the item at `index` of the list at `path` removed. */
export function removeAt(value: unknown, path: Path, index: number): unknown {
  const list = getIn(value, path);
  if (!Array.isArray(list)) return value;
  return setIn(value, path, list.filter((_, i) => i !== index));
}

/** A copy with the item at `from` of the list at `path` moved to `to`. */
export function moveAt(value: unknown, path: Path, from: number, to: number): unknown {
  const list = getIn(value, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return value;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return setIn(value, path, copy);
}

/** The key a path is known by in the form: its steps joined by dots. */
export function pathKey(path: Path): string {
  return path.join('.');
}
