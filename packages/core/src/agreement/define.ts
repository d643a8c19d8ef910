import { fastSafeParse, useGeneratedParsers } from '../_lib/fast-parse.js';
import { resolveLocale } from '../locales/resolve.js';
import { issuesFromSchema } from '../issue/from-schema.js';
import type { Issue, LocaleMessages } from '../issue/issue.js';
import { migrateAgreement } from '../migrate/migrate.js';
import { Agreement } from './agreement.js';
import { AGREEMENT_PARSERS } from './agreement-parsers.generated.js';

/** Whether the large lists' emitted parsers are in use yet: put to use on the first read, not on import. */
let generated = false;

/**
 * Options for {@link defineAgreement}.
 *
 * @example
 * ```ts
 * const options: DefineOptions = { locale: 'en' };
 * ```
 */
export interface DefineOptions {
  /** The language of the messages: `sv` (default), `en`, or a {@link LocaleMessages} of your own. */
  locale?: 'sv' | 'en' | (string & {}) | LocaleMessages;
}

/**
 * The outcome of reading an agreement: the typed agreement, or the issues that stop it.
 *
 * @example
 * ```ts
 * const result: DefineResult = defineAgreement(json);
 * if (!result.ok) for (const i of result.issues) console.log(i.message);
 * ```
 */
export type DefineResult =
  | { ok: true; agreement: Agreement; issues: readonly Issue[] }
  | { ok: false; agreement?: undefined; issues: readonly Issue[] };

/**
 * Reads any kommun's agreement — parsed JSON or any other value — into a typed {@link Agreement}, or
 * returns localised issues with JSON paths. Never throws on bad input, however malformed; it does not
 * change the input. The `$schema` and `formatVersion` keys of a JSON file are accepted and dropped, and a
 * file written for 0.1 is upgraded as {@link migrateAgreement} does before it is read.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { defineAgreement } from '@samverkan/core';
 *
 * const result = defineAgreement(JSON.parse(readFileSync('agreement.json', 'utf8')), { locale: 'en' });
 * if (result.ok) console.log(result.agreement.plans.length);
 * else for (const issue of result.issues) console.error(issue.message);
 * ```
 */
export function defineAgreement(input: unknown, options: DefineOptions = {}): DefineResult {
  const locale = resolveLocale(options.locale);
  let parsed: ReturnType<typeof fastSafeParse<typeof Agreement>>;
  // A file written for 0.1 is upgraded first (see migrateAgreement), so it still reads.
  const current = migrateAgreement(input).agreement;
  if (!generated) {
    useGeneratedParsers(Agreement, AGREEMENT_PARSERS);
    generated = true;
  }
  try {
    // A valid agreement takes the precompiled path; anything else is read by zod, which words the issues.
    parsed = fastSafeParse(Agreement, current);
  } catch (error) {
    // A getter that throws or a proxy in the input: report it rather than let it escape.
    const message = locale.messages.invalid_value({ path: '', detail: String(error) });
    return { ok: false, issues: [{ code: 'invalid_value', path: [], severity: 'error', message, params: {} }] };
  }
  if (parsed.success) {
    const { $schema: _schema, formatVersion: _version, ...agreement } = parsed.data;
    return { ok: true, agreement, issues: [] };
  }
  return { ok: false, issues: issuesFromSchema(parsed.error.issues, current, locale) };
}
