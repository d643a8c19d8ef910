#!/usr/bin/env node
// A committed entry point, so package managers can link the `samverkan` command before dist/ is built.
// dist/cli.js is the whole CLI in one bundled script (scripts/build-cli.mjs). Most of a start is V8
// compiling it: a function is compiled when it first runs, and Node's compile cache keeps only what
// compiling the file compiled, not the functions a run compiles after (zod's, the rules'). So the bin
// compiles the script itself (vm.Script) and, after a run that had no cache it could use, keeps V8's
// code cache of everything the run compiled: one per command, as commands run different code, for this
// build of the script only (the hash on its last line). It lives in Node's compile cache folder (in
// the system's temp folder, or NODE_COMPILE_CACHE); with NODE_DISABLE_COMPILE_CACHE set, or on a Node
// without module.enableCompileCache, there is none. Node's modules are reached through
// process.getBuiltinModule, which skips building an ES module facade for them.
const { enableCompileCache, getCompileCacheDir } = process.getBuiltinModule('node:module');
const { readFileSync, renameSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { Script } = process.getBuiltinModule('node:vm');

// The CLI's commands (src/cli/cli.ts; src/cli/bundle.test.ts holds this list to its usage text).
const COMMANDS = ['preset', 'schema', 'show', 'validate', 'match', 'report', 'export', 'iop', 'migrate', 'rules', 'render'];

enableCompileCache?.();
const file = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const source = readFileSync(file, 'utf8');
const hash = /samverkan-cli ([0-9a-f]+)\n$/.exec(source.slice(-64))?.[1];
const dir = getCompileCacheDir?.();
const command = process.argv.slice(2).find((a) => COMMANDS.includes(a)) ?? 'other';
const cacheFile = dir && hash ? `${dir}/samverkan-cli-${hash}-${command}` : undefined;
let cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: this run makes it.
}
const script = new Script(source, { filename: file, cachedData });
if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  process.once('exit', () => {
    try {
      // Written aside and renamed, so a start running alongside never reads half a cache; readable by
      // its owner only, as Node's own cache files are.
      const written = `${cacheFile}.${process.pid}`;
      writeFileSync(written, script.createCachedData(), { mode: 0o600 });
      renameSync(written, cacheFile);
    } catch {
      // A folder that cannot be written only leaves the next start without a cache.
    }
  });
}
script.runInThisContext();
