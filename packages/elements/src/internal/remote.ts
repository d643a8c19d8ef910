// Loaded only when a listing is given a src: fetching with its checks, core's schema, and the wording of
// every failure. Kept out of the elements' first bundle, which embeds an already-checked default.
import { Agreement, formatPath, toListing, type AgreementListing } from '@samverkan/core';
import { AgreementLoadError, fetchJson, onceByUrl } from './fetch-json.js';
export { AgreementLoadError } from './fetch-json.js';
import type { LoadErrorReason } from './i18n.js';
import type { UiLang } from './lang-controller.js';

type Details = { src: string; status?: number; count?: number; path?: string };

/** The wording of each failure, in Swedish and English. */
export const LOAD_ERRORS: Record<UiLang, Record<LoadErrorReason, (d: Details) => string>> = {
  sv: {
    network: ({ src }) => `Överenskommelsen kunde inte hämtas från ${src}. Kontrollera adressen och nätverket och försök igen.`,
    timeout: ({ src }) => `Det tog för lång tid att hämta överenskommelsen från ${src}. Försök igen om en stund.`,
    http: ({ src, status }) => `Överenskommelsen kunde inte hämtas från ${src} (svar ${status ?? '?'}). Kontrollera att adressen stämmer.`,
    'content-type': ({ src }) => `Filen på ${src} är inte JSON. Peka src på en agreement.json.`,
    'too-large': ({ src }) => `Filen på ${src} är för stor för att vara en överenskommelse. Kontrollera adressen.`,
    'not-json': ({ src }) => `Filen på ${src} är inte giltig JSON. Rätta filen, till exempel med samverkan validate.`,
    invalid: ({ src, count, path }) =>
      `Filen på ${src} är ingen giltig överenskommelse: ${count ?? 1} fel${path ? `, det första vid ${path}` : ''}. Kontrollera den med samverkan validate.`,
  },
  en: {
    network: ({ src }) => `The agreement could not be loaded from ${src}. Check the address and the network, and try again.`,
    timeout: ({ src }) => `Loading the agreement from ${src} took too long. Try again in a moment.`,
    http: ({ src, status }) => `The agreement could not be loaded from ${src} (response ${status ?? '?'}). Check that the address is right.`,
    'content-type': ({ src }) => `The file at ${src} is not JSON. Point src at an agreement.json.`,
    'too-large': ({ src }) => `The file at ${src} is too large to be an agreement. Check the address.`,
    'not-json': ({ src }) => `The file at ${src} is not valid JSON. Correct it, for example with samverkan validate.`,
    invalid: ({ src, count, path }) =>
      `The file at ${src} is not a valid agreement: ${count ?? 1} ${count === 1 ? 'error' : 'errors'}${path ? `, the first at ${path}` : ''}. Check it with samverkan validate.`,
  },
};

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
