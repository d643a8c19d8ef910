// What a stranger may ask of the receiver: a token bucket per client, and a media type read exactly.

/**
 * A token bucket per client: `capacity` requests at once, then one each `1 / perSecond` seconds. The map
 * of clients is bounded: when it is full, the clients seen longest ago are forgotten (a forgotten client
 * starts again with a full bucket, which is the same as a client that waited).
 */
export class RateLimiter {
  #capacity;
  #perSecond;
  #maxClients;
  #now;
  /** client → { tokens, at } */
  #buckets = new Map();

  /** @param {{ capacity: number, perSecond: number, maxClients?: number, now?: () => number }} options */
  constructor({ capacity, perSecond, maxClients = 10_000, now = () => performance.now() }) {
    this.#capacity = capacity;
    this.#perSecond = perSecond;
    this.#maxClients = maxClients;
    this.#now = now;
  }

  /** Takes a token for this client: 0 when allowed, else the seconds to wait (for Retry-After). */
  take(client) {
    const now = this.#now();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#capacity, at: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.#perSecond);
    bucket.at = now;
    // Re-inserted, so the map's order is the order clients were last seen.
    this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    while (this.#buckets.size > this.#maxClients) this.#buckets.delete(this.#buckets.keys().next().value);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perSecond));
  }

  /** The seconds this client must wait before its next token, without taking one (0: it has one). */
  wait(client) {
    const bucket = this.#buckets.get(client);
    if (!bucket) return 0;
    const tokens = Math.min(this.#capacity, bucket.tokens + ((this.#now() - bucket.at) / 1000) * this.#perSecond);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.#perSecond));
  }
}

/**
 * Who a request is from, for the rate limits: its address, an IPv6 address by its /64 (one household or
 * server usually holds a whole /64, and would otherwise have 2^64 buckets).
 */
export function clientOf(req) {
  const address = req.socket.remoteAddress ?? '';
  if (address.startsWith('::ffff:')) return address.slice(7);
  if (address.includes(':')) {
    const [left, right] = address.split('::');
    const head = left ? left.split(':') : [];
    const tail = right === undefined ? [] : right ? right.split(':') : [];
    const groups = right === undefined ? head : [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail];
    return `${groups.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16)).join(':')}::/64`;
  }
  return address;
}

/** True when the Content-Type is exactly application/json, with at most a UTF-8 charset (RFC 8259 §8.1). */
export function isJson(contentType) {
  if (typeof contentType !== 'string') return false;
  const [type, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || p === 'charset=utf-8' || p === 'charset="utf-8"');
}
