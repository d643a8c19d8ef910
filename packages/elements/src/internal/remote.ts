// Loaded only when a listing is given a src: fetching with its checks, core's schema, and the wording of
// every failure. Kept out of the elements' first bundle, which embeds an already-checked default.
import { Agreement, formatPath, toListing, type AgreementListing } from '@samverkan/core';
import { AgreementLoadError, fetchJson, onceByUrl } from './fetch-json.js';
export { AgreementLoadError } from './fetch-json.js';
// The Swedish wording of a failure comes with the code that can fail; other languages with their pack.
export { loadErrors as svLoadErrors } from '@samverkan/core/locales/sv/load-errors';

function readListing(json: unknown): { ok: true; listing: AgreementListing } | { ok: false; count: number; path: string } {
  const parsed = Agreement.safeParse(json);
  if (parsed.success) return { ok: true, listing: toListing(parsed.data) };
  const first = parsed.error.issues[0];
  return { ok: false, count: parsed.error.issues.length, path: first ? formatPath(first.path as (string | number)[]) : '' };
}

const cache = new Map<string, Promise<AgreementListing>>();

async function fetchListing(url: string, timeoutMs: number): Promise<AgreementListing> {
  const result = readListing(await fetchJson(url, timeoutMs));
  if (!result.ok) throw new AgreementLoadError('invalid', undefined, result.count, result.path);
  return result.listing;
}

/**
 * Loads an agreement's public listing from a URL: with a timeout, checking the status, the content type
 * and the size, and validating with core's schema. Each URL is fetched once per page; a failure is not
 * cached, so a retry fetches again.
 */
export function loadListing(src: string, timeoutMs: number): Promise<AgreementListing> {
  return onceByUrl(cache, src, (url) => fetchListing(url, timeoutMs));
}
