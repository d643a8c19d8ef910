// Fetching JSON from a URL the page configured, with the checks every element makes. No schema here:
// the agreement loader and the form's candidate list each check what they read.
import type { LoadErrorReason } from './i18n.js';

/** A failed load, with the reason the element words for the reader. */
export class AgreementLoadError extends Error {
  override readonly name = 'AgreementLoadError';
  constructor(
    readonly reason: LoadErrorReason,
    readonly status?: number,
    readonly count?: number,
    readonly path?: string,
  ) {
    super(reason);
  }
}

/** The largest agreement file read, in bytes: far above any real one, low enough to refuse a wrong URL. */
export const MAX_BYTES = 5_000_000;

function isJsonType(type: string | null): boolean {
  const mime = (type ?? '').split(';')[0]!.trim().toLowerCase();
  return mime === 'application/json' || mime.endsWith('+json');
}

/**
 * Fetches JSON from a URL the page configured: with a timeout, checking the status, the content type and
 * the size. Throws an {@link AgreementLoadError} that says why it failed.
 */
export async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    let response: Response;
    try {
      // Only the URL the page configured; no credentials are sent to another origin.
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch {
      throw new AgreementLoadError(controller.signal.aborted ? 'timeout' : 'network');
    }
    if (!response.ok) throw new AgreementLoadError('http', response.status);
    if (!isJsonType(response.headers.get('content-type'))) throw new AgreementLoadError('content-type');
    if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw new AgreementLoadError('too-large');
    try {
      text = await response.text();
    } catch {
      throw new AgreementLoadError(controller.signal.aborted ? 'timeout' : 'network');
    }
  } finally {
    clearTimeout(timer);
  }
  if (text.length > MAX_BYTES) throw new AgreementLoadError('too-large');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AgreementLoadError('not-json');
  }
}


/**
 * Fetches and reads each URL once per page: `read` runs for the first caller, and every later caller for
 * the same URL (resolved against the page) shares its promise. A failure is not kept, so a retry fetches
 * again.
 */
export function onceByUrl<T>(cache: Map<string, Promise<T>>, src: string, read: (url: string) => Promise<T>): Promise<T> {
  const url = new URL(src, document.baseURI).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = read(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}
