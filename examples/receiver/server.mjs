#!/usr/bin/env node
// The receiver a municipality runs for <samverkan-match-form>: POST /api/interests accepts an interest
// as JSON with an Idempotency-Key header, checks it with @samverkan/core's schema (400 with the first
// issues when it is not valid), keeps it once however often it is sent, and answers 201 (200 for a repeat,
// 422 when the key comes back with another body). GET /api/interests lists the submissions for a
// coordinator, contacts included, behind a bearer token.
//
// It takes personal data from strangers, so it is boring on purpose: it acknowledges nothing it has not
// kept, bounds what any one client may cost it, and refuses rather than guesses.
//
// Usage: RECEIVER_TOKEN=… node examples/receiver/server.mjs [--port 5174] [--data ./data/interests.jsonl]
// With DATABASE_URL set, submissions are kept in PostgreSQL instead of the file (see README.md).
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { readInterests } from '@samverkan/core';
import { clientOf, isJson, RateLimiter } from './limits.mjs';
import { openStore, StorageError } from './store.mjs';

const MAX_BODY = 64 * 1024;
const KEY = /^[A-Za-z0-9_-]{8,128}$/;
/** At most this many issues in a 400; the reply also says how many there were. */
const MAX_ISSUES = 20;
/** The headers the form sends, which a form on another origin must be allowed to send (CORS). */
const REQUEST_HEADERS = 'Content-Type, Idempotency-Key, Samverkan-Fill-Seconds, Samverkan-Honeypot';

const MESSAGES = {
  sv: {
    idempotency_key: 'Skicka ett Idempotency-Key-huvud med 8–128 tecken (A–Z, a–z, 0–9, - och _).',
    idempotency_key_reused: 'Den här Idempotency-Key har redan använts för en annan intresseanmälan. Skicka den nya med en ny nyckel.',
    content_type: 'Skicka intresseanmälan som application/json (UTF-8).',
    invalid_utf8: 'Intresseanmälan är inte giltig UTF-8.',
    invalid_json: 'Intresseanmälan är inte giltig JSON.',
    too_large: 'Intresseanmälan är för stor. Den får vara högst 64 KiB.',
    too_slow: 'Intresseanmälan kom inte fram i tid. Försök igen.',
    too_fast: 'Formuläret skickades för snabbt efter att det visades. Vänta några sekunder och skicka igen.',
    rate_limited: 'För många försök på kort tid. Vänta en stund och försök igen.',
    storage: 'Vi kan inte ta emot intresseanmälningar just nu. Försök igen senare; inget du skickat tidigare har gått förlorat.',
  },
  en: {
    idempotency_key: 'Send an Idempotency-Key header of 8–128 characters (A–Z, a–z, 0–9, - and _).',
    idempotency_key_reused: 'This Idempotency-Key was already used for another interest. Send the new one with a new key.',
    content_type: 'Send the interest as application/json (UTF-8).',
    invalid_utf8: 'The interest is not valid UTF-8.',
    invalid_json: 'The interest is not valid JSON.',
    too_large: 'The interest is too large. It may be at most 64 KiB.',
    too_slow: 'The interest did not arrive in time. Try again.',
    too_fast: 'The form was sent too soon after it was shown. Wait a few seconds and send it again.',
    rate_limited: 'Too many attempts in a short time. Wait a while and try again.',
    storage: 'We cannot receive interests just now. Try again later; nothing you sent before has been lost.',
  },
};

class HttpError extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
    this.code = code;
  }
}

/** Reads the body, at most `MAX_BODY` bytes and within `deadlineMs`, as bytes. */
function readBody(req, deadlineMs) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const fail = (error) => {
      clearTimeout(timer);
      req.removeAllListeners('data');
      req.resume();
      reject(error);
    };
    const timer = setTimeout(() => fail(new HttpError(408, 'too_slow')), deadlineMs);
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) return fail(new HttpError(413, 'too_large'));
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', fail);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The receiver.
 * - `dataFile` (the JSON-lines file) or `databaseUrl` (PostgreSQL), or a `store` already open.
 * - `token` guards the coordinator's list; without one the list is not served at all.
 * - `minFillSeconds`: a submission whose form says it was filled in faster is refused, as the form does
 *   (0: the header is not asked for). `rateLimit`: a token bucket per client for POSTs, or false.
 * - `allowedOrigins`: the origins of pages on other sites whose form may post here (CORS).
 * - `failFirst` makes it answer 503 to that many first POSTs, to test clients' retries.
 * `handle` is the request handler, for mounting the receiver in another server (the demo's); `server`
 * serves it alone, with header and request timeouts. `ready` resolves to the store once it is open.
 */
export function createReceiver({
  dataFile,
  databaseUrl,
  table,
  store: given,
  token = '',
  failFirst = 0,
  locale = 'sv',
  minFillSeconds = 3,
  rateLimit = { capacity: 10, perSecond: 1 / 6 },
  allowedOrigins = [],
  bodyTimeoutMs = 10_000,
}) {
  const ready = given
    ? Promise.resolve(given)
    : openStore({ dataFile, databaseUrl, table }).catch((cause) => {
        throw new StorageError(`the store could not be opened: ${cause.message}`, { status: 503, cause });
      });
  // A receiver whose store cannot open answers 503 instead of crashing the process that mounts it.
  ready.catch((error) => console.error(`samverkan-mottagaren: lagringen kunde inte öppnas: ${error.message}`));
  const messages = MESSAGES[locale] ?? MESSAGES.sv;
  const posts = rateLimit ? new RateLimiter(rateLimit) : undefined;
  // Failed token checks: five, then one every ten seconds, per client.
  const guesses = new RateLimiter({ capacity: 5, perSecond: 0.1 });
  const origins = new Set(allowedOrigins);
  let toFail = failFirst;

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
    res.end(`${JSON.stringify(body)}\n`);
  };
  const refuse = (res, status, error, headers = {}) => send(res, status, { error, message: messages[error] }, headers);

  const cors = (req, res) => {
    const origin = req.headers.origin;
    if (typeof origin === 'string' && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Location');
    }
    if (origins.size > 0) res.setHeader('Vary', 'Origin');
    return typeof origin === 'string' && origins.has(origin);
  };

  const accept = async (req, res) => {
    if (toFail > 0) {
      toFail--;
      return send(res, 503, { error: 'unavailable' }, { 'Retry-After': '1' });
    }
    const wait = posts?.take(clientOf(req)) ?? 0;
    if (wait > 0) return refuse(res, 429, 'rate_limited', { 'Retry-After': String(wait) });
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY.test(key)) return refuse(res, 400, 'idempotency_key');
    if (!isJson(req.headers['content-type'])) return refuse(res, 415, 'content_type');
    const bytes = await readBody(req, bodyTimeoutMs);
    const store = await ready;
    // The IETF Idempotency-Key draft: the same key with another body is an error (422), not a repeat.
    const fingerprint = createHash('sha256').update(bytes).digest('base64url');
    const repeat = (earlier) =>
      earlier.fingerprint === undefined || earlier.fingerprint === fingerprint
        ? send(res, 200, { id: earlier.id, duplicate: true })
        : refuse(res, 422, 'idempotency_key_reused');
    const earlier = await store.find(key);
    if (earlier) return repeat(earlier);
    let json;
    try {
      json = JSON.parse(utf8.decode(bytes));
    } catch (error) {
      return refuse(res, 400, error instanceof SyntaxError ? 'invalid_json' : 'invalid_utf8');
    }
    // The form's own checks against robots, made again here: a browser's checks are advice.
    const honeypot = req.headers['samverkan-honeypot'];
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      // The form tells a robot it succeeded; so does the server, with nothing kept (202: accepted, no promise).
      return send(res, 202, { accepted: true });
    }
    if (minFillSeconds > 0) {
      const filled = Number(req.headers['samverkan-fill-seconds']);
      if (!Number.isFinite(filled) || filled < minFillSeconds) return refuse(res, 400, 'too_fast');
    }
    // One interest, checked with the same schema the form uses, whose caps bound every field.
    const { interests, issues } = readInterests([json], { locale });
    if (interests.length !== 1) {
      return send(res, 400, {
        error: 'invalid',
        total: issues.length,
        issues: issues.slice(0, MAX_ISSUES).map(({ code, path, message }) => ({ code, path: path.slice(1), message })),
      });
    }
    const submission = { id: randomUUID(), key, fingerprint, received: new Date().toISOString(), interest: interests[0] };
    // The store keeps one per key even when two copies are written at once (here or in another process).
    const kept = await store.insert(submission);
    if (!kept.stored) return repeat(kept.submission);
    return send(res, 201, { id: submission.id }, { Location: `/api/interests/${submission.id}` });
  };

  const list = async (req, res) => {
    const client = clientOf(req);
    const wait = guesses.wait(client);
    if (wait > 0) return refuse(res, 429, 'rate_limited', { 'Retry-After': String(wait) });
    if (!authorised(req, token)) {
      guesses.take(client);
      return send(res, 401, { error: 'unauthorised' }, { 'WWW-Authenticate': 'Bearer' });
    }
    const store = await ready;
    // Streamed, a page at a time: the list may be larger than the memory of the process.
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.write('{"submissions":[');
    let first = true;
    for await (const submission of store.list()) {
      const ok = res.write(`${first ? '' : ','}\n${JSON.stringify(submission)}`);
      first = false;
      if (!ok) await new Promise((r) => res.once('drain', r));
    }
    res.end('\n]}\n');
  };

  const handle = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/api/interests') {
        const allowed = cors(req, res);
        if (req.method === 'OPTIONS') {
          if (!allowed) return send(res, 403, { error: 'origin' });
          res.writeHead(204, {
            'Access-Control-Allow-Methods': 'POST',
            'Access-Control-Allow-Headers': REQUEST_HEADERS,
            'Access-Control-Max-Age': '600',
          });
          return res.end();
        }
        if (req.method === 'POST') return await accept(req, res);
        if (req.method === 'GET') return await list(req, res);
        return send(res, 405, { error: 'method' }, { Allow: 'GET, POST, OPTIONS' });
      }
      return send(res, 404, { error: 'not_found' });
    } catch (error) {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return refuse(res, error.status, error.code, error.status === 408 ? { Connection: 'close' } : {});
      if (error instanceof StorageError || (error && error.name === 'StorageError')) {
        return refuse(res, error.status, 'storage', { 'Retry-After': String(Math.max(1, error.retryAfterSeconds)) });
      }
      console.error(error);
      return send(res, 500, { error: 'internal' });
    }
  };

  const server = createServer(handle);
  limitTimes(server);
  const close = async () => {
    await new Promise((r) => server.close(r));
    await (await ready.catch(() => undefined))?.close();
  };
  return { server, handle, ready, close };
}

/** Header and request deadlines: a slow client cannot hold a connection for Node's default 300 s. */
export function limitTimes(server) {
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

function authorised(req, token) {
  const given = Buffer.from(req.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return token.length > 0 && given.length === wanted.length && timingSafeEqual(given, wanted);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('--port', process.env.PORT ?? 5174));
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataFile = arg('--data', new URL('./data/interests.jsonl', import.meta.url).pathname);
  const env = process.env;
  const receiver = createReceiver({
    dataFile,
    databaseUrl,
    token: env.RECEIVER_TOKEN ?? '',
    allowedOrigins: (env.RECEIVER_ALLOWED_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean),
    ...(env.RECEIVER_MIN_FILL_SECONDS ? { minFillSeconds: Number(env.RECEIVER_MIN_FILL_SECONDS) } : {}),
    // RECEIVER_RATE_LIMIT=off for a load test from one address; otherwise "capacity/perMinute".
    ...(env.RECEIVER_RATE_LIMIT === 'off'
      ? { rateLimit: false }
      : env.RECEIVER_RATE_LIMIT
        ? { rateLimit: { capacity: Number(env.RECEIVER_RATE_LIMIT.split('/')[0]), perSecond: Number(env.RECEIVER_RATE_LIMIT.split('/')[1]) / 60 } }
        : {}),
  });
  await receiver.ready.catch(() => process.exit(1));
  receiver.server.listen(port, env.HOST ?? undefined, () =>
    console.log(`samverkan-mottagaren tar emot intresseanmälningar på http://localhost:${receiver.server.address().port}/api/interests (${databaseUrl ? 'PostgreSQL' : `data: ${dataFile}`})`),
  );
  const stop = () => receiver.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
