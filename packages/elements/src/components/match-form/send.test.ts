import { expect } from '@open-wc/testing';
import { send } from './send.js';

type Call = { key: string | null; body: string; fillSeconds: string | null };

/** Replaces fetch with answers given in turn (a Response, or an Error for a network failure). */
function answering(...answers: (Response | Error)[]): { calls: Call[]; restore: () => void } {
  const real = window.fetch;
  const calls: Call[] = [];
  window.fetch = async (_input, init) => {
    const headers = new Headers(init?.headers);
    calls.push({ key: headers.get('Idempotency-Key'), body: String(init?.body), fillSeconds: headers.get('Samverkan-Fill-Seconds') });
    const next = answers.shift() ?? new Error('no more answers');
    if (next instanceof Error) throw new TypeError(next.message);
    return next;
  };
  return { calls, restore: () => (window.fetch = real) };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('send, the form’s POST', () => {
  it('retries 429 (after Retry-After), 5xx and network errors with the same key, then succeeds', async () => {
    const stub = answering(json(429, {}, { 'Retry-After': '0' }), json(502, {}), new Error('offline'), json(201, { id: 'x' }));
    try {
      const result = await send('/api/interests', '{"id":"a"}', 'key-123456', { delayMs: 1 });
      expect(result).to.deep.equal({ ok: true, status: 201, body: { id: 'x' } });
      expect(stub.calls.map((c) => c.key)).to.deep.equal(['key-123456', 'key-123456', 'key-123456', 'key-123456']);
      expect(new Set(stub.calls.map((c) => c.body)).size).to.equal(1);
    } finally {
      stub.restore();
    }
  });

  it('does not retry a refusal, and passes on the receiver’s messages', async () => {
    const stub = answering(json(400, { issues: [{ message: 'Intresseanmälan saknar ”areas”.' }] }));
    try {
      const result = await send('/api/interests', '{}', 'key-123456', { delayMs: 1 });
      expect(result).to.deep.equal({ ok: false, reason: 'rejected', status: 400, messages: ['Intresseanmälan saknar ”areas”.'] });
      expect(stub.calls.length).to.equal(1);
    } finally {
      stub.restore();
    }
  });

  it('gives up after its attempts, saying whether the network or the server failed', async () => {
    const offline = answering(new Error('a'), new Error('b'), new Error('c'));
    try {
      expect(await send('/x', '{}', 'k', { attempts: 3, delayMs: 1 })).to.deep.equal({ ok: false, reason: 'offline' });
      expect(offline.calls.length).to.equal(3);
    } finally {
      offline.restore();
    }
    const down = answering(json(503, {}), json(503, {}));
    try {
      expect(await send('/x', '{}', 'k', { attempts: 2, delayMs: 1 })).to.deep.equal({ ok: false, reason: 'unavailable', status: 503 });
    } finally {
      down.restore();
    }
  });

  it('tells the receiver how long the form was filled in for, so it can check the minimum again', async () => {
    const stub = answering(json(201, { id: 'x' }));
    try {
      await send('/api/interests', '{}', 'key-123456', { fillSeconds: 12.345 });
      expect(stub.calls.map((c) => c.fillSeconds)).to.deep.equal(['12.3']);
    } finally {
      stub.restore();
    }
  });
});
