// Loaded only when the form has a `candidates-src`: reads the public list of interests and ranks them
// with core's rankMatches. A contact person in the list is dropped before anything else happens, so it
// can never be shown.
import { type AgreementListing, type Match, PublicInterest, rankMatches, toPublicInterest } from '@samverkan/core';
import { fetchJson, onceByUrl } from '../../internal/fetch-json.js';
import type { UiPack } from '@samverkan/core/light';

const lists = new Map<string, Promise<PublicInterest[]>>();

async function read(url: string, timeoutMs: number): Promise<PublicInterest[]> {
  const json = await fetchJson(url, timeoutMs);
  const items: unknown[] = Array.isArray(json) ? json : Array.isArray((json as { interests?: unknown })?.interests) ? (json as { interests: unknown[] }).interests : [];
  const out: PublicInterest[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    // One bad entry costs only itself.
    const parsed = PublicInterest.safeParse(toPublicInterest(item as PublicInterest));
    if (parsed.success && parsed.data.consent.matching) out.push(parsed.data);
  }
  return out;
}

/** The best matches for an interest among the public candidates at `src`, explained in the language of `pack`. */
export async function findMatches(interest: PublicInterest, src: string, timeoutMs: number, listing: AgreementListing, pack: UiPack | string): Promise<Match[]> {
  const list = await onceByUrl(lists, src, (url) => read(url, timeoutMs));
  return rankMatches(interest, list, { listing, locale: pack, limit: 5 });
}
