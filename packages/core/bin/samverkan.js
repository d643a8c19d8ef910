#!/usr/bin/env node
// A committed entry point, so package managers can link the `samverkan` command before dist/ is built.
// dist/cli.js is the whole CLI in one bundled file (scripts/build-cli.mjs). Node 22.1+ can keep V8's
// compiled code of it between runs (in the system's temp folder, or NODE_COMPILE_CACHE), which spares
// each later start from compiling it again; older Node runs without. Node's module is reached through
// process.getBuiltinModule, which skips building an ES module facade for it.
process.getBuiltinModule?.('node:module').enableCompileCache?.();
await import('../dist/cli.js');
