// The demo server serves the page, the bundles and the agreement with the strict CSP, and nothing else.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { request } from 'node:http';
import { createDemoServer, CSP, SECURITY_HEADERS } from './serve.mjs';

let server;
let base;
const dataFile = join(mkdtempSync(join(tmpdir(), 'demo-')), 'interests.jsonl');
before(async () => {
  server = createDemoServer({ dataFile });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test('sends / to the page, served with the strict Content-Security-Policy, and its stylesheet', async () => {
  const home = await fetch(`${base}/`, { redirect: 'manual' });
  assert.equal(home.status, 302);
  assert.equal(home.headers.get('location'), '/examples/embed/');
  const css = await fetch(`${base}/examples/embed/site.css`);
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-security-policy'), CSP);
  const html = await res.text();
  assert.match(html, /<script type="module" src="\/packages\/elements\/cdn\/samverkan\.js"><\/script>/);
  assert.match(html, /<samverkan-area-list heading-level="2" layout="list" data-follows-choice><\/samverkan-area-list>/);
  // The demo's choice of agreement is a script of its own, so the strict policy allows it.
  assert.match(html, /<script type="module" src="\.\/agreement-choice\.js"><\/script>/);
  for (const name of ['goteborg', 'vastra-gotaland', 'uppsala']) assert.match(html, new RegExp(`href="\\?agreement=${name}"`));
});

test('serves the real agreements the page switches to as JSON, and nothing else from their folders', async () => {
  for (const name of ['goteborg', 'vastra-gotaland', 'uppsala']) {
    const json = await fetch(`${base}/examples/${name}/agreement.json`);
    assert.equal(json.status, 200, name);
    assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal((await json.json()).id, name);
    for (const other of ['package.json', 'README.md', 'agreement.test.mjs']) {
      assert.equal((await fetch(`${base}/examples/${name}/${other}`)).status, 404, `${name}/${other}`);
    }
  }
});

test('serves the built bundles as JavaScript and the agreement as JSON', async () => {
  const js = await fetch(`${base}/packages/elements/cdn/samverkan.js`);
  assert.equal(js.status, 200);
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  const json = await fetch(`${base}/examples/other-kommun/agreement.json`);
  assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal((await json.json()).id, 'exempel-lund');
});

test('serves the agreement editor at /editor/ with the strict Content-Security-Policy: its page, script, stylesheet and bundle', async () => {
  const bare = await fetch(`${base}/editor`, { redirect: 'manual' });
  assert.equal(bare.status, 302);
  assert.equal(bare.headers.get('location'), '/editor/');
  const page = await fetch(`${base}/editor/`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), CSP);
  const html = await page.text();
  assert.match(html, /<samverkan-agreement-editor lang="sv"><\/samverkan-agreement-editor>/);
  // No inline script or style: the page's code and styles are files of their own.
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /<style|\sstyle=/);
  for (const [path, type] of [
    ['/editor/editor.js', 'text/javascript; charset=utf-8'],
    ['/editor/editor.css', 'text/css; charset=utf-8'],
    ['/packages/editor/cdn/agreement-editor.js', 'text/javascript; charset=utf-8'],
  ]) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), type, path);
  }
  for (const path of ['/editor/../package.json', '/packages/editor/src/index.ts', '/packages/editor/package.json']) {
    assert.equal((await fetch(`${base}${path}`)).status, 404, path);
  }
});

/** A GET of this exact request target, as a client that does not normalise URLs would send it. */
function rawGet(target) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ host: hostname, port, path: target, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves nothing outside its folders', async () => {
  for (const path of ['/package.json', '/packages/core/src/index.ts', '/examples/embed/../../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/examples/embed/serve.mjs.bak']) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 404, path);
  }
  for (const target of ['/examples/embed/../../package.json', '/examples/embed/..%2f..%2fpackage.json', '/examples/embed/%2e%2e/%2e%2e/package.json', '/examples/embed/..\\..\\package.json', '//etc/passwd']) {
    assert.equal((await rawGet(target)).status, 404, target);
  }
});

test('answers any URL and keeps serving: a malformed escape 400, a NUL 400, an overlong path 414, with the security headers', async () => {
  for (const [target, status] of [['/%ZZ', 400], ['/examples/embed/%E0%A4%A', 400], ['/examples/embed/index.html%00.js', 400], [`/examples/embed/${'a'.repeat(5000)}`, 414], ['/nowhere', 404]]) {
    const res = await rawGet(target);
    assert.equal(res.status, status, target);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(res.headers[name.toLowerCase()], value, `${name} on ${target}`);
  }
  const page = await fetch(`${base}/examples/embed/`);
  assert.equal(page.status, 200);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(page.headers.get(name), value, name);
});

test('mounts the receiver at /api/interests, where the page’s form posts: a valid interest is stored once', async () => {
  const page = await (await fetch(`${base}/examples/embed/`)).text();
  assert.match(page, /<samverkan-match-form[^>]*action="\/api\/interests"/);
  const interest = {
    id: 'laxhjalpen-1a2b3c4d',
    stated: { kind: 'new-organisation', name: 'Läxhjälpen i Rosengård' },
    areas: ['ungas-halsa-och-livsstil'],
    consent: { matching: true, listing: false },
    contact: { name: 'Anna Andersson', email: 'anna@example.org' },
  };
  const post = () =>
    fetch(`${base}/api/interests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'demo-key-0001', 'Samverkan-Fill-Seconds': '20' },
      body: JSON.stringify(interest),
    });
  assert.equal((await post()).status, 201);
  assert.equal((await post()).status, 200);
  const lines = readFileSync(dataFile, 'utf8').trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal(JSON.parse(lines[0]).interest.contact.email, 'anna@example.org');
  // The coordinators' list is not served without a token.
  assert.equal((await fetch(`${base}/api/interests`)).status, 401);
});

test('serves a public candidates list with no contact person in it', async () => {
  const json = await (await fetch(`${base}/examples/embed/candidates.json`)).json();
  assert.ok(json.interests.length >= 3);
  assert.ok(json.interests.every((i) => !('contact' in i)));
});
