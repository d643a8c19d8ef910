// The CLI's entry in dist/cli.js (scripts/build-cli.mjs bundles it into one classic script, which
// bin/samverkan.js compiles with a V8 code cache of its own): it wires `run` to the process.
import { run } from './cli.js';
import { readRegularFile } from './read-file.js';
import { directWriter } from './write-out.js';

// The package's version, written in by the build (scripts/build-cli.mjs) from package.json: the bundle
// then reads no file but the one named on the command line.
declare const SAMVERKAN_VERSION: string;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// A classic script has no top-level await: the exit code is set when the run ends.
void run(process.argv.slice(2), {
  stdout: directWriter(1, () => process.stdout),
  stderr: directWriter(2, () => process.stderr),
  readFile: readRegularFile,
  readStdin,
  today: () => new Date(),
  version: SAMVERKAN_VERSION,
}).then((code) => {
  process.exitCode = code;
});
