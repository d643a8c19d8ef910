#!/usr/bin/env node
// Serves the embed example as a web host would: the page, the element bundles, and the other kommun's
// agreement, with the strict Content-Security-Policy the elements are built for. Only those folders are
// served. Usage: node examples/embed/serve.mjs [--port 5173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const ALLOWED = ['examples/embed/', 'examples/other-kommun/', 'packages/elements/cdn/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

/** The demo server; not started until listen() is called. */
export function createDemoServer() {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/' || url.pathname === '/examples/embed') {
      // The page's relative links (site.css) resolve against its own folder.
      res.writeHead(302, { Location: '/examples/embed/' });
      res.end();
      return;
    }
    let path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const allowed = file.startsWith(root) && ALLOWED.some((dir) => file.startsWith(join(root, dir))) && !file.split(sep).includes('..');
    const type = TYPES[extname(file)];
    try {
      if (!allowed || !type || !(await stat(file)).isFile()) throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Hittades inte / Not found\n');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--port');
  const wanted = Number(i >= 0 ? process.argv[i + 1] : (process.env.PORT ?? 5173));
  const server = createDemoServer();
  server.on('error', (e) => {
    if (e.code === 'EADDRINUSE') {
      console.error(`Porten ${wanted} är upptagen. Ange en annan med --port, till exempel --port 5174.`);
      process.exit(2);
    }
    throw e;
  });
  server.listen(wanted, () => {
    console.log(`\nsamverkan-demon: Malmöandans prioriterade områden och principer\n\n  http://localhost:${wanted}/\n\nStoppa med Ctrl+C.`);
  });
}
