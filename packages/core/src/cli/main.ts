#!/usr/bin/env node
import { createRequire } from 'node:module';
import { run } from './cli.js';
import { readRegularFile } from './read-file.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

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
