#!/usr/bin/env node
// Serves the embed example as a web host would: the page, the element bundles, the other kommun's
// agreement and the real agreements the page can switch to; and the agreement editor's page at /editor/
// (examples/editor/ with the editor's bundle); all with the strict Content-Security-Policy the elements
// are built for. Only those folders and files are served. The form on the page posts to /api/interests: the example receiver, mounted here, which keeps
// the submissions in examples/receiver/data/interests.jsonl (or --data).
// Any URL gets an answer and the server goes on serving: a malformed escape is 400, an overlong path 414,
// anything outside the folders 404; every answer carries the security headers the webmaster guide names.
// Usage: node examples/embed/serve.mjs [--port 5173] [--data file.jsonl]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createReceiver, limitTimes } from '../receiver/server.mjs';

const root = new URL('../..', import.meta.url).pathname;
// The real agreements the demo switches between (?agreement=…): their JSON only, not the rest of their folders.
const AGREEMENTS = ['goteborg', 'vastra-gotaland', 'uppsala'].map((name) => `examples/${name}/agreement.json`);
const ALLOWED = ['examples/embed/', 'examples/other-kommun/', ...AGREEMENTS, 'examples/react/index.html', 'examples/react/dist/', 'packages/elements/cdn/', 'examples/editor/', 'packages/editor/cdn/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";
/** Sent with every answer: the CSP of the guide (§7), no MIME sniffing, no full URL to other sites. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
/** Longer paths than any file served here are refused before they are decoded (414 URI Too Long). */
const MAX_PATH = 1024;

function answer(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(`${text}\n`);
}

/** The demo server; not started until listen() is called. Interests go to `dataFile`. */
export function createDemoServer({ dataFile = new URL('../receiver/data/interests.jsonl', import.meta.url).pathname, token = '' } = {}) {
  const receiver = createReceiver({ dataFile, token });
  const server = createServer(async (req, res) => {
    const raw = req.url ?? '/';
    if (raw.length > MAX_PATH) return answer(res, 414, 'Adressen är för lång / URI too long');
    let url;
    let path;
    try {
      url = new URL(raw, 'http://localhost');
      path = decodeURIComponent(url.pathname);
    } catch {
      return answer(res, 400, 'Felaktig adress / Bad request');
    }
    if (url.pathname === '/api/interests') return receiver.handle(req, res);
    if (url.pathname === '/' || url.pathname === '/examples/embed') {
      // The page's relative links (site.css) resolve against its own folder.
      res.writeHead(302, { Location: '/examples/embed/', ...SECURITY_HEADERS });
      res.end();
      return;
    }
    if (url.pathname === '/editor') {
      res.writeHead(302, { Location: '/editor/', ...SECURITY_HEADERS });
      res.end();
      return;
    }
    if (path.includes('\0')) return answer(res, 400, 'Felaktig adress / Bad request');
    // The editor's page lives at /editor/: its files are examples/editor/.
    if (path.startsWith('/editor/')) path = `/examples/editor/${path.slice('/editor/'.length)}`;
    path = path.replace(/^\/+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const allowed = file.startsWith(root) && ALLOWED.some((dir) => file.startsWith(join(root, dir))) && !file.split(sep).includes('..');
    const type = TYPES[extname(file)];
    try {
      if (!allowed || !type || !(await stat(file)).isFile()) throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': type, ...SECURITY_HEADERS });
      res.end(body);
    } catch {
      answer(res, 404, 'Hittades inte / Not found');
    }
  });
  server.on('close', () => void receiver.ready.then((store) => store.close()).catch(() => {}));
  return limitTimes(server);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const wanted = Number(arg('--port') ?? process.env.PORT ?? 5173);
  const dataFile = arg('--data');
  const server = createDemoServer({ ...(dataFile ? { dataFile } : {}), token: process.env.RECEIVER_TOKEN ?? '' });
  server.on('error', (e) => {
    if (e.code === 'EADDRINUSE') {
      console.error(`Porten ${wanted} är upptagen. Ange en annan med --port, till exempel --port 5174.`);
      process.exit(2);
    }
    throw e;
  });
  server.listen(wanted, () => {
    console.log(
      `\nsamverkan-demon: Malmöandans prioriterade områden, principer och intresseanmälan\n\n  http://localhost:${wanted}/\n\nRedigeraren för överenskommelsen:\n\n  http://localhost:${wanted}/editor/\n\nIntresseanmälningar sparas i ${dataFile ?? 'examples/receiver/data/interests.jsonl'}.\nStoppa med Ctrl+C.`,
    );
  });
}
