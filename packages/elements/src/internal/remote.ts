// Loaded only when a listing is given a src: fetching with its checks, core's schema, and the wording of
// every failure. Kept out of the elements' first bundle, which embeds an already-checked default.
import { Agreement, formatPath, toListing, type AgreementListing } from '@samverkan/core';
import { AgreementLoadError, fetchJson, onceByUrl } from './fetch-json.js';
export { AgreementLoadError } from './fetch-json.js';
// The Swedish wording of a failure comes with the code that can fail; other languages with their pack.
export { loadErrors as svLoadErrors } from '@samverkan/core/locales/sv/load-errors';

type Issue = { code: string; path: PropertyKey[]; keys?: string[] };

/** The object a path leads to in plain JSON, or `undefined`. */
function at(json: unknown, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  let node = json;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

/**
 * Reads an agreement leniently: fields the schema does not know (a newer version's, a kommun's own notes)
 * are dropped, and everything the elements show is still checked by the schema. Strictness is the job of
 * `samverkan validate`; a page should not go blank for a field it would never show. Any other problem
 * (a wrong type, a missing name, a `javascript:` link) still refuses the file.
 */
export function readListing(json: unknown): { ok: true; listing: AgreementListing } | { ok: false; count: number; path: string } {
  let input = json;
  // Each pass drops the unknown keys zod reports; nested ones show once their parent parses. A handful of
  // passes covers any real file; the bound keeps a hostile one from looping.
  for (let pass = 0; pass < 8; pass++) {
    const parsed = Agreement.safeParse(input);
    if (parsed.success) return { ok: true, listing: toListing(parsed.data) };
    const issues = parsed.error.issues as unknown as Issue[];
    const first = issues[0];
    const failure = { ok: false as const, count: issues.length, path: first ? formatPath(first.path as (string | number)[]) : '' };
    if (!issues.every((i) => i.code === 'unrecognized_keys')) return failure;
    if (input === json) input = structuredClone(json);
    for (const issue of issues) {
      const target = at(input, issue.path);
      if (!target) return failure;
      for (const key of issue.keys ?? []) delete target[key];
    }
  }
  return { ok: false, count: 1, path: '' };
}

const cache = new Map<string, Promise<AgreementListing>>();

async function fetchListing(url: string, timeoutMs: number): Promise<AgreementListing> {
  const result = readListing(await fetchJson(url, timeoutMs));
  if (!result.ok) throw new AgreementLoadError('invalid', undefined, result.count, result.path);
  return result.listing;
}

/**
 * Loads an agreement's public listing from a URL: with a timeout, checking the status, the content type
 * and the size, and validating with core's schema (leniently: unknown fields are dropped). Each URL is fetched once per page; a failure is not
 * cached, so a retry fetches again.
 */
export function loadListing(src: string, timeoutMs: number): Promise<AgreementListing> {
  return onceByUrl(cache, src, (url) => fetchListing(url, timeoutMs));
}
