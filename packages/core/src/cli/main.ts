#!/usr/bin/env node
import { run } from './cli.js';
import { readRegularFile } from './read-file.js';

// Read through Node's CommonJS fs, not `import … from 'node:fs'`, whose ES module facade loads much of
// Node's stream code on every start (see read-file.ts).
const { readFileSync } = process.getBuiltinModule('node:fs');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readRegularFile,
  readStdin,
  today: () => new Date(),
  version,
});
