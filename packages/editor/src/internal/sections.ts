import type { EditorSection } from '@samverkan/core';

/**
 * Which of the agreement's top-level properties each section shows, in the order a strategist meets
 * them. A property no section names (one a later version of the model adds) falls into `other`, so
 * every part of the model stays editable.
 */
export const SECTION_KEYS: Readonly<Record<Exclude<EditorSection, 'rules' | 'preview' | 'other'>, readonly string[]>> = {
  agreement: ['name', 'id', 'municipality', 'parties', 'departments', 'adopted', 'decisionReference', 'status', 'asOf', 'vision', 'aims'],
  principles: ['principles'],
  plans: ['plans', 'currentPlan', 'revision', 'revisions', 'targetGroups', 'districts'],
  organising: ['organising', 'roles', 'responsibilities'],
  organisations: ['organisations', 'joined', 'declarationOfIntent'],
  commitments: ['commitments'],
  iops: ['iops'],
  grants: ['grantCategories', 'grantTotals', 'grants', 'yearlyReports'],
  collaboration: ['collaborationForms', 'collaborations', 'glossary'],
  sources: ['sources', 'history', 'certainty'],
};

export const SECTIONS: readonly EditorSection[] = [...(Object.keys(SECTION_KEYS) as EditorSection[]), 'rules', 'other', 'preview'];

/** The section that shows a top-level property. */
export function sectionOf(key: string | number | undefined): EditorSection {
  if (key === 'rules') return 'rules';
  for (const [section, keys] of Object.entries(SECTION_KEYS)) if (keys.includes(String(key))) return section as EditorSection;
  return key === undefined ? 'agreement' : 'other';
}

/** The top-level properties of the `other` section: those of the schema no other section names. */
export function otherKeys(all: readonly string[]): string[] {
  const named = new Set([...Object.values(SECTION_KEYS).flat(), 'rules']);
  return all.filter((k) => !named.has(k));
}
