// Sends one submission: POST JSON with an Idempotency-Key that stays the same across the retries, so a
// receiver stores it once however often it arrives. Network errors, 5xx and 429 are retried with
// exponential backoff (or the server's Retry-After); any other answer is final.

/** How a submission ended. */
export type SendResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; reason: 'offline' | 'unavailable'; status?: number | undefined }
  | { ok: false; reason: 'rejected'; status: number; messages: string[] };

export interface SendOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** The first wait in milliseconds; it doubles after each attempt. */
  delayMs?: number;
  /** The longest wait, also for a Retry-After. */
  maxDelayMs?: number;
  /**
   * Seconds the form was filled in for, sent as `Samverkan-Fill-Seconds` so the receiver can check the
   * minimum again: the browser's check is advice, the server's is law.
   */
  fillSeconds?: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The messages a receiver gave with a refusal (the example receiver sends `issues[].message`). */
function messagesOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { issues, message } = body as { issues?: unknown; message?: unknown };
  const fromIssues = Array.isArray(issues) ? issues.map((i) => (i as { message?: unknown })?.message).filter((m): m is string => typeof m === 'string') : [];
  return fromIssues.length ? fromIssues.slice(0, 10) : typeof message === 'string' ? [message] : [];
}

async function bodyOf(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

export async function send(action: string, json: string, key: string, options: SendOptions = {}): Promise<SendResult> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const maxDelay = options.maxDelayMs ?? 8_000;
  let delay = options.delayMs ?? 500;
  let last: SendResult = { ok: false, reason: 'offline' };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryAfter: number | undefined;
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': key,
          ...(options.fillSeconds === undefined ? {} : { 'Samverkan-Fill-Seconds': options.fillSeconds.toFixed(1) }),
        },
        body: json,
        credentials: 'same-origin',
      });
      if (response.ok) return { ok: true, status: response.status, body: await bodyOf(response) };
      if (response.status !== 429 && response.status < 500) {
        return { ok: false, reason: 'rejected', status: response.status, messages: messagesOf(await bodyOf(response)) };
      }
      last = { ok: false, reason: 'unavailable', status: response.status };
      const seconds = Number(response.headers.get('retry-after'));
      if (Number.isFinite(seconds) && seconds >= 0) retryAfter = seconds * 1000;
    } catch {
      last = { ok: false, reason: 'offline' };
    }
    if (attempt < attempts) {
      // A little jitter, so many forms that failed together do not retry together.
      await wait(Math.min(maxDelay, retryAfter ?? delay * (0.75 + Math.random() * 0.5)));
      delay *= 2;
    }
  }
  return last;
}
