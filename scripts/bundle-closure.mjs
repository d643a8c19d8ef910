// What the size budgets share: the files a bundle's first load fetches, read from esbuild's metafile.

/** `file` and every chunk it imports statically, transitively (dynamic imports are left out). */
export function closure(outputs, file) {
  const seen = new Set([file]);
  const stack = [file];
  while (stack.length) {
    for (const imp of outputs[stack.pop()].imports) {
      if (imp.kind === 'import-statement' && !seen.has(imp.path)) {
        seen.add(imp.path);
        stack.push(imp.path);
      }
    }
  }
  return [...seen];
}
