#!/usr/bin/env node
// The receiver a municipality runs for <samverkan-match-form>: POST /api/interests accepts an interest
// as JSON with an Idempotency-Key header, validates it with @samverkan/core's schema (400 with the issues
// when it is not valid), stores it once however often it is sent, and answers 201 (or 200 for a repeat).
// GET /api/interests lists the submissions for a coordinator, contacts included, behind a bearer token.
//
// Usage: RECEIVER_TOKEN=… node examples/receiver/server.mjs [--port 5174] [--data ./data/interests.jsonl]
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { readInterests } from '@samverkan/core';
import { SubmissionStore } from './store.mjs';

const MAX_BODY = 64 * 1024;
const KEY = /^[A-Za-z0-9_-]{8,128}$/;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(`${JSON.stringify(body)}\n`);
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function authorised(req, token) {
  const given = Buffer.from(req.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return token.length > 0 && given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * The receiver. `failFirst` makes it answer 503 to that many first POSTs, to test clients' retries.
 * `token` guards the coordinator's list; without one the list is not served at all. `handle` is the
 * request handler, for mounting the receiver in another server (the demo's); `server` serves it alone.
 */
export function createReceiver({ dataFile, token = '', failFirst = 0, locale = 'sv' }) {
  const store = new SubmissionStore(dataFile);
  let toFail = failFirst;
  const handle = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/api/interests' && req.method === 'POST') {
        if (toFail > 0) {
          toFail--;
          return send(res, 503, { error: 'unavailable' }, { 'Retry-After': '1' });
        }
        const key = req.headers['idempotency-key'];
        if (typeof key !== 'string' || !KEY.test(key)) {
          return send(res, 400, { error: 'idempotency_key', message: 'Skicka ett Idempotency-Key-huvud med 8–128 tecken (A–Z, a–z, 0–9, - och _).' });
        }
        const earlier = store.get(key);
        if (earlier) return send(res, 200, { id: earlier.id, duplicate: true });
        if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
          return send(res, 415, { error: 'content_type', message: 'Skicka intresseanmälan som application/json.' });
        }
        let json;
        try {
          json = JSON.parse(await readBody(req));
        } catch (error) {
          if (error.status === 413) return send(res, 413, { error: 'too_large' });
          return send(res, 400, { error: 'invalid_json', message: 'Intresseanmälan är inte giltig JSON.' });
        }
        // One interest, checked with the same schema the form uses.
        const { interests, issues } = readInterests([json], { locale });
        if (interests.length !== 1) {
          return send(res, 400, { error: 'invalid', issues: issues.map(({ code, path, message }) => ({ code, path: path.slice(1), message })) });
        }
        // The same key may have been stored while this body was read (two copies sent at once).
        const meanwhile = store.get(key);
        if (meanwhile) return send(res, 200, { id: meanwhile.id, duplicate: true });
        const record = store.append({ id: randomUUID(), key, received: new Date().toISOString(), interest: interests[0] });
        return send(res, 201, { id: record.id }, { Location: `/api/interests/${record.id}` });
      }
      if (url.pathname === '/api/interests' && req.method === 'GET') {
        if (!authorised(req, token)) return send(res, 401, { error: 'unauthorised' }, { 'WWW-Authenticate': 'Bearer' });
        return send(res, 200, { submissions: store.all() });
      }
      return send(res, 404, { error: 'not_found' });
    } catch {
      return send(res, 500, { error: 'internal' });
    }
  };
  return { server: createServer(handle), handle, store };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('--port', process.env.PORT ?? 5174));
  const dataFile = arg('--data', new URL('./data/interests.jsonl', import.meta.url).pathname);
  const { server } = createReceiver({ dataFile, token: process.env.RECEIVER_TOKEN ?? '' });
  server.listen(port, () => console.log(`samverkan-mottagaren tar emot intresseanmälningar på http://localhost:${port}/api/interests (data: ${dataFile})`));
}
