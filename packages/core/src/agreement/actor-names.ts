// Schema-free (only types and localize), so the light listing code can use it without loading zod.
import type { Agreement } from './agreement.js';
import { localize } from '../text/localize.js';

/**
 * The display name of every body an id may name — organisations, departments and the executive board —
 * in a language. Ids are unique across the three (rule `unique-ids`); were they not, a department or the
 * board wins over an organisation.
 */
export function actorNames(agreement: Agreement, locale = 'sv'): Map<string, string> {
  const names = new Map<string, string>();
  for (const o of agreement.organisations) names.set(o.id, o.name);
  for (const d of agreement.departments) names.set(d.id, localize(d.name, locale));
  names.set(agreement.municipality.executiveBoard.id, localize(agreement.municipality.executiveBoard.name, locale));
  return names;
}
