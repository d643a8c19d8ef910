// The demo server serves the page, the bundles and the agreement with the strict CSP, and nothing else.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDemoServer, CSP } from './serve.mjs';

let server;
let base;
before(async () => {
  server = createDemoServer();
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
  assert.match(html, /<samverkan-area-list heading-level="2"><\/samverkan-area-list>/);
});

test('serves the built bundles as JavaScript and the agreement as JSON', async () => {
  const js = await fetch(`${base}/packages/elements/cdn/samverkan.js`);
  assert.equal(js.status, 200);
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  const json = await fetch(`${base}/examples/other-kommun/agreement.json`);
  assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal((await json.json()).id, 'exempel-lund');
});

test('serves nothing outside its folders', async () => {
  for (const path of ['/package.json', '/packages/core/src/index.ts', '/examples/embed/../../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/examples/embed/serve.mjs.bak']) {
    const res = await fetch(`${base}${path}`);
    assert.equal(res.status, 404, path);
  }
});
