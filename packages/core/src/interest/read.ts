import * as z from 'zod/mini';
import { resolveLocale } from '../locales/resolve.js';
import type { DefineOptions } from '../agreement/define.js';
import { issuesFromSchema } from '../issue/from-schema.js';
import type { Issue } from '../issue/issue.js';
import { Interest } from './interest.js';

const Interests = z.array(Interest);

/**
 * The outcome of {@link readInterests}: the interests that could be read, and issues for the rest.
 *
 * @example
 * ```ts
 * const { interests, issues } = readInterests(json);
 * ```
 */
export interface ReadInterestsResult {
  interests: Interest[];
  issues: readonly Issue[];
}

/**
 * Reads interests — an array, or an object with an `interests` array — keeping every valid one and
 * returning localised issues for the others, so one bad entry never loses the rest. Never throws.
 *
 * @example
 * ```ts
 * const { interests, issues } = readInterests(JSON.parse(text), { locale: 'en' });
 * ```
 */
export function readInterests(input: unknown, options: DefineOptions = {}): ReadInterestsResult {
  const locale = resolveLocale(options.locale);
  const list = Array.isArray(input)
    ? input
    : typeof input === 'object' && input !== null && Array.isArray((input as { interests?: unknown }).interests)
      ? (input as { interests: unknown[] }).interests
      : undefined;
  if (!list) {
    const parsed = Interests.safeParse(input);
    return { interests: [], issues: parsed.success ? [] : issuesFromSchema(parsed.error.issues, input, locale) };
  }
  const base: (string | number)[] = Array.isArray(input) ? [] : ['interests'];
  const interests: Interest[] = [];
  const issues: Issue[] = [];
  list.forEach((item, i) => {
    const parsed = Interest.safeParse(item);
    if (parsed.success) interests.push(parsed.data);
    else {
      const located = parsed.error.issues.map((zi) => ({ ...zi, path: [...base, i, ...zi.path] }));
      issues.push(...issuesFromSchema(located, input, locale, 'interest'));
    }
  });
  return { interests, issues };
}
