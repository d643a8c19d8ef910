import * as z from 'zod/mini';
import { resolveLocale } from '../locales/resolve.js';
import type { Agreement } from '../agreement/agreement.js';
import type { DefineOptions } from '../agreement/define.js';
import { issuesFromSchema } from '../issue/from-schema.js';
import { formatPath, type Issue, type IssuePath, type LocaleMessages } from '../issue/issue.js';
import { findSubject } from '../issue/subject.js';
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
 * Options for {@link readInterests}.
 *
 * @example
 * ```ts
 * const options: ReadInterestsOptions = { locale: 'en', agreement: malmo };
 * ```
 */
export interface ReadInterestsOptions extends DefineOptions {
  /**
   * The agreement the interests are stated under: with it, an interest that names an organisation,
   * department, area or form of collaboration the agreement does not have is reported
   * (`unknown_reference`) and left out, as a schema error would be.
   */
  agreement?: Agreement;
}

/**
 * Reads interests — an array, or an object with an `interests` array — keeping every valid one and
 * returning localised issues for the others, so one bad entry never loses the rest. Never throws.
 * Given the agreement, it also checks each interest's ids against it: the CLI's `match` and
 * `report --interests` read interests this one way.
 *
 * @example
 * ```ts
 * const { interests, issues } = readInterests(JSON.parse(text), { locale: 'en', agreement: malmo });
 * ```
 */
export function readInterests(input: unknown, options: ReadInterestsOptions = {}): ReadInterestsResult {
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
    if (parsed.success) {
      const unknown = options.agreement ? unknownReferences(parsed.data, options.agreement, [...base, i], input, locale) : [];
      if (unknown.length === 0) interests.push(parsed.data);
      else issues.push(...unknown);
    } else {
      const located = parsed.error.issues.map((zi) => ({ ...zi, path: [...base, i, ...zi.path] }));
      issues.push(...issuesFromSchema(located, input, locale, 'interest'));
    }
  });
  return { interests, issues };
}

/** Each id in an interest the agreement does not have, as an `unknown_reference` error. */
function unknownReferences(interest: Interest, agreement: Agreement, at: IssuePath, input: unknown, locale: LocaleMessages): Issue[] {
  const areas = new Set(agreement.plans.flatMap((p) => p.areas.map((a) => a.id)));
  const forms = new Set(agreement.collaborationForms.map((f) => f.id));
  const checks: [IssuePath, string, Set<string>, string][] = [];
  const { stated } = interest;
  // The municipal side of a match is a förvaltning (seed 003); the kommunstyrelse is not one.
  if (stated.kind === 'department') checks.push([['stated', 'department'], stated.department, new Set(agreement.departments.map((d) => d.id)), 'department']);
  if (stated.kind === 'organisation') checks.push([['stated', 'organisation'], stated.organisation, new Set(agreement.organisations.map((o) => o.id)), 'organisation']);
  interest.areas.forEach((id, k) => checks.push([['areas', k], id, areas, 'area']));
  (interest.hostAreas ?? []).forEach((id, k) => checks.push([['hostAreas', k], id, areas, 'area']));
  if (forms.size > 0) (interest.forms ?? []).forEach((id, k) => checks.push([['forms', k], id, forms, 'collaboration_form']));
  const out: Issue[] = [];
  for (const [rel, value, known, refKind] of checks) {
    if (known.has(value)) continue;
    const path = [...at, ...rel];
    const subject = findSubject(input, path, 'interest');
    const params = {
      path: formatPath(path),
      field: String(rel[rel.length - 1]),
      value,
      refKind,
      ...(subject ? { subjectKind: subject.kind, ...(subject.name ? { subjectName: subject.name } : {}) } : {}),
    };
    out.push({ code: 'unknown_reference', path, severity: 'error', message: locale.messages.unknown_reference(params), params });
  }
  return out;
}
