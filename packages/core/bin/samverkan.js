#!/usr/bin/env node
// A committed entry point, so package managers can link the `samverkan` command before dist/ is built.
// dist/cli.js is the whole CLI in one bundled script (scripts/build-cli.mjs); `samverkan validate …`
// runs dist/cli-validate.js, the CLI bundled for that command alone (below). Most of a start is V8
// compiling it: a function is compiled when it first runs, and Node's compile cache keeps only what
// compiling the file compiled, not the functions a run compiles after (zod's, the rules'). So the bin
// compiles the script itself (vm.Script) and, after a run that had no cache it could use, keeps V8's
// code cache of everything the run compiled: one per command, as commands run different code, for this
// build of the script only (the hash on its last line). It lives in Node's compile cache folder (in
// the system's temp folder, or NODE_COMPILE_CACHE); with NODE_DISABLE_COMPILE_CACHE set, or on a Node
// without module.enableCompileCache, there is none. Node's modules are reached through
// process.getBuiltinModule, which skips building an ES module facade for them.
//
// A cache is written twice: after the first run (which had none) as a first draft, `<name>.1`, and
// after the first run from that draft as the cache itself, `<name>`, which is then only read. V8 leaves
// out of the draft some functions the run compiled (16 KB of 0.6 MB for `validate malmo`): a start
// from the draft compiles them again, one from the cache does not. Writing a command's cache removes
// that command's caches of other builds (other hashes), so old builds' files do not pile up.
const { enableCompileCache, getCompileCacheDir } = process.getBuiltinModule('node:module');
const { readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { Script } = process.getBuiltinModule('node:vm');

// The CLI's commands (src/cli/cli.ts; src/cli/bundle.test.ts holds this list to its usage text).
const COMMANDS = ['preset', 'schema', 'show', 'validate', 'match', 'report', 'export', 'iop', 'migrate', 'rules', 'render'];

// Commands with a bundle of their own, dist/cli-<command>.js (scripts/build-cli.mjs): it leaves the other
// commands' code out, so it starts faster. It runs when the command is the first argument (a first
// argument is never an option's value); its caches are named `only-<command>`, apart from the whole
// CLI's caches of the same command.
const ONE_COMMAND_BUNDLES = ['validate'];

enableCompileCache?.();
const first = process.argv[2];
let file;
let source;
let command;
if (ONE_COMMAND_BUNDLES.includes(first)) {
  try {
    file = fileURLToPath(new URL(`../dist/cli-${first}.js`, import.meta.url));
    source = readFileSync(file, 'utf8');
    command = `only-${first}`;
  } catch {
    // Not built (an older dist/): the whole CLI runs it.
  }
}
if (source === undefined) {
  file = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  source = readFileSync(file, 'utf8');
  command = process.argv.slice(2).find((a) => COMMANDS.includes(a)) ?? 'other';
}
const hash = /samverkan-cli ([0-9a-f]+)\n$/.exec(source.slice(-64))?.[1];
const dir = getCompileCacheDir?.();
const cacheFile = dir && hash ? `${dir}/samverkan-cli-${hash}-${command}` : undefined;
const draftFile = `${cacheFile}.1`;
let cachedData;
let fromDraft = false;
if (cacheFile) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    try {
      cachedData = readFileSync(draftFile);
      fromDraft = true;
    } catch {
      // No cache yet: this run writes the draft.
    }
  }
}
const script = new Script(source, { filename: file, cachedData });
if (cacheFile && (cachedData === undefined || fromDraft || script.cachedDataRejected)) {
  // After a run from the draft, the cache itself; else (none, or one V8 refused) a draft.
  const draft = !fromDraft || script.cachedDataRejected;
  process.once('exit', () => {
    const target = draft ? draftFile : cacheFile;
    try {
      // Written aside and renamed, so a start running alongside never reads half a cache; readable by
      // its owner only, as Node's own cache files are.
      const written = `${cacheFile}.${process.pid}`;
      writeFileSync(written, script.createCachedData(), { mode: 0o600 });
      renameSync(written, target);
    } catch {
      // A folder that cannot be written only leaves the next start without a cache.
      return;
    }
    // This command's other cache files: those of other builds, and of this build the one just
    // replaced (the draft, or a cache V8 refused). Only files named as the bin names them.
    const ours = new RegExp(`^samverkan-cli-[0-9a-f]+-${command}(?:\\.1)?$`);
    const kept = target.slice(dir.length + 1);
    try {
      for (const name of readdirSync(dir)) {
        if (name !== kept && ours.test(name)) {
          try {
            unlinkSync(`${dir}/${name}`);
          } catch {
            // Removed by another start meanwhile.
          }
        }
      }
    } catch {
      // A folder that cannot be listed keeps its files.
    }
  });
}
script.runInThisContext();
