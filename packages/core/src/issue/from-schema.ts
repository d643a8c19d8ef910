import type { core } from 'zod/mini';
import { formatPath, type Issue, type IssueCode, type IssueParams, type IssuePath, type LocaleMessages, type SubjectKind } from './issue.js';
import { findSubject, valueAt } from './subject.js';

type ZodIssue = core.$ZodIssue;

/** A value written as short text for a message. */
function show(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return String(v);
  }
}

function classify(zi: ZodIssue, present: boolean): { code: IssueCode; params: IssueParams } {
  switch (zi.code) {
    case 'invalid_type':
      return present ? { code: 'wrong_type', params: { expected: zi.expected } } : { code: 'required', params: {} };
    case 'invalid_format':
      if (zi.format === 'date') return { code: 'invalid_date', params: {} };
      // Our regex checks carry the name of what they check as their message (see _lib/schema.ts).
      switch (zi.message) {
        case 'slug':
          return { code: 'invalid_id', params: {} };
        case 'http_url':
          return { code: 'invalid_url', params: {} };
        case 'organisation_number':
          return { code: 'invalid_organisation_number_format', params: {} };
        case 'partial_date':
          return { code: 'invalid_date', params: {} };
        case 'municipality_code':
          return { code: 'invalid_municipality_code', params: {} };
        default:
          return { code: 'invalid_value', params: {} };
      }
    case 'too_small':
      if (zi.origin === 'string') return { code: 'empty_text', params: {} };
      if (zi.origin === 'array') return { code: 'too_few', params: { minimum: Number(zi.minimum) } };
      return { code: 'too_small', params: { minimum: Number(zi.minimum) } };
    case 'too_big':
      return { code: 'too_big', params: { maximum: Number(zi.maximum) } };
    case 'invalid_value':
      return { code: 'invalid_choice', params: { options: zi.values.map((v) => String(v)) } };
    case 'invalid_union': {
      const options = (zi as { options?: unknown[] }).options;
      return Array.isArray(options)
        ? { code: 'invalid_choice', params: { options: options.map((o) => String(o)) } }
        : { code: 'invalid_value', params: {} };
    }
    default:
      return { code: 'invalid_value', params: {} };
  }
}

/**
 * Turns the schema's findings into the library's issues: a stable code, the path into the input, the
 * thing concerned by name, and a message in the given locale. One issue per unknown key. `rootList` says
 * what the items are when the input is itself a list.
 */
export function issuesFromSchema(zodIssues: readonly ZodIssue[], input: unknown, locale: LocaleMessages, rootList?: SubjectKind): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const paths: IssuePath[] =
      zi.code === 'unrecognized_keys'
        ? zi.keys.map((k) => [...(zi.path as (string | number)[]), k])
        : [zi.path as (string | number)[]];
    for (const path of paths) {
      const value = valueAt(input, path);
      const { code, params } =
        zi.code === 'unrecognized_keys'
          ? { code: 'unknown_field' as const, params: {} }
          : classify(zi, value !== undefined);
      const last = path[path.length - 1];
      const subject = findSubject(input, path, rootList);
      const full: IssueParams = {
        ...params,
        path: formatPath(path),
        ...(last !== undefined ? { field: String(last) } : {}),
        ...(value !== undefined && typeof value !== 'object' ? { value: show(value) } : {}),
        // A name is shown as short text too: a 5 000-character name must not make every message 5 000 long.
        ...(subject ? { subjectKind: subject.kind, ...(subject.name ? { subjectName: show(subject.name) } : {}) } : {}),
      };
      out.push({ code, path, severity: 'error', message: locale.messages[code](full), params: full });
    }
  }
  return out;
}
