import { NATIONAL_PRINCIPLES, type EditorText } from '@samverkan/core';
import { slugFor } from './csv.js';

/** What the start page asks for a new agreement. */
export interface BlankInput {
  kind: 'municipality' | 'region';
  name: string;
  code: string;
}

/**
 * A new agreement for a kommun or a region: the public party and the sector, the executive board named
 * (Kommunstyrelsen or Regionstyrelsen), the six national principles, one empty plan, and no way of
 * organising chosen yet. The agreement's own texts are written in Swedish (`sv`, which every text
 * requires) and English from the two packs, whatever the editor's language.
 */
export function blankAgreement(input: BlankInput, sv: EditorText, en: EditorText): Record<string, unknown> {
  const party = slugFor(input.name, new Set());
  const sector = slugFor(sv.start.sectorParty, new Set([party]));
  const board = input.kind === 'region' ? 'regionstyrelsen' : 'kommunstyrelsen';
  return {
    formatVersion: '0.2',
    id: slugFor(`${input.name}-overenskommelse`, new Set()),
    name: { sv: sv.start.agreementName(input.name), en: en.start.agreementName(input.name) },
    municipality: {
      kind: input.kind,
      name: input.name,
      code: input.code,
      executiveBoard: { id: board, name: { sv: sv.start.board[input.kind], en: sv.start.boardEn[input.kind] } },
    },
    parties: [
      { id: party, name: input.name, side: 'municipality' },
      { id: sector, name: sv.start.sectorParty, side: 'sector' },
    ],
    adopted: '',
    status: { state: 'draft' },
    vision: { sv: '' },
    aims: [],
    principles: NATIONAL_PRINCIPLES.map((p) => structuredClone(p)),
    plans: [{ id: 'samarbetsplan', name: { sv: '' }, period: { start: '', end: '' }, areas: [] }],
    currentPlan: 'samarbetsplan',
    organising: { ways: [] },
    departments: [],
    organisations: [],
    grantCategories: [],
    collaborationForms: [],
    collaborations: [],
    glossary: [],
  };
}
