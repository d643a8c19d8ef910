// What the form holds while the user fills it in, and the draft kept of it in sessionStorage (never
// localStorage: the contact person is personal data and must not outlive the browser tab).

/** The form's fields, in the order they appear; also the order of the error summary. */
export const FIELDS = [
  'kind',
  'name',
  'organisationNumber',
  'legalForm',
  'department',
  'areas',
  'targetGroups',
  'ageMin',
  'ageMax',
  'districts',
  'offers',
  'seeks',
  'forms',
  'wantsToHost',
  'description',
  'contactName',
  'contactEmail',
  'contactPhone',
  'consent',
  'listed',
] as const;

export type Field = (typeof FIELDS)[number];

/** The fields that are a group of checkboxes, each holding the ids ticked. */
export type ListField = 'areas' | 'targetGroups' | 'districts' | 'offers' | 'seeks' | 'forms';
/** The fields that are one checkbox. */
export type FlagField = 'wantsToHost' | 'consent' | 'listed';

export type FormState = { kind: 'organisation' | 'department' } & Record<ListField, string[]> &
  Record<FlagField, boolean> &
  Record<Exclude<Field, ListField | FlagField | 'kind'>, string>;

/** The messages to show, by field. */
export type FieldErrors = Partial<Record<Field, string>>;

/** An empty form. */
export function emptyState(): FormState {
  return {
    kind: 'organisation',
    name: '',
    organisationNumber: '',
    legalForm: '',
    department: '',
    areas: [],
    targetGroups: [],
    ageMin: '',
    ageMax: '',
    districts: [],
    offers: [],
    seeks: [],
    forms: [],
    wantsToHost: false,
    description: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    consent: false,
    listed: false,
  };
}

/** A submission that has been started: its Idempotency-Key stays the same while its content does. */
export interface Pending {
  key: string;
  body: string;
}

/** What is kept of the form: its fields, the random tail of its interest's id, and a started submission. */
export interface Draft {
  state: FormState;
  tail: string;
  pending?: Pending | undefined;
}

/** Reads a draft back, keeping only fields of the right type; `undefined` when there is none. */
export function readDraft(key: string): Draft | undefined {
  let draft: (Partial<Draft> & { v?: number }) | undefined;
  try {
    draft = JSON.parse(sessionStorage.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
  if (draft?.v !== 1 || typeof draft.state !== 'object' || draft.state === null) return undefined;
  const state = emptyState();
  const saved = draft.state as Record<string, unknown>;
  const target = state as Record<string, unknown>;
  for (const field of FIELDS) {
    const value = saved[field];
    const want = state[field];
    if (Array.isArray(want) ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === typeof want) {
      target[field] = value;
    }
  }
  if (state.kind !== 'department') state.kind = 'organisation';
  const p = draft.pending;
  const pending = p && typeof p.key === 'string' && typeof p.body === 'string' ? p : undefined;
  const tail = typeof draft.tail === 'string' && /^[0-9a-f]{8}$/.test(draft.tail) ? draft.tail : randomHex(4);
  return { state, tail, pending };
}

/** Keeps the draft; storage that is full or switched off only costs the draft, never the form. */
export function writeDraft(key: string, draft: Draft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify({ v: 1, ...draft }));
  } catch {
    // Private mode or a full quota: the form still works, without a draft.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing was stored.
  }
}

/** 128 random bits in hex: an Idempotency-Key, or the tail of an interest's id. */
export function randomHex(bytes = 16): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
