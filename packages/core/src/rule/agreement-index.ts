import { fnv1a, tableSize } from '../_lib/fnv.js';
import type { Agreement } from '../agreement/agreement.js';
import type { PriorityArea } from '../area/area.js';
import type { Department } from '../department/department.js';
import type { GrantCategory } from '../grant/grant.js';
import type { IssuePath } from '../issue/issue.js';
import type { Organisation } from '../organisation/organisation.js';

export interface Located<T> {
  item: T;
  path: IssuePath;
}

/** Items by id, each with where it stands (a `Map`, or a list read by its positions). */
export interface LocatedLookup<T> {
  get(id: string): Located<T> | undefined;
  has(id: string): boolean;
}

/** A set of ids to look an id up in (a `Set`, a `Map`, or several read as one). */
export interface IdLookup {
  has(id: string): boolean;
}

/**
 * Lookups the rules share, built once per validation: one pass over each list, so that no rule builds
 * its own map of the organisations (an agreement may list tens of thousands).
 */
export interface AgreementIndex {
  /** Organisations by id: the first with each id. */
  organisations: LocatedLookup<Organisation>;
  /** The positions of the organisations whose id an earlier organisation has, in order. */
  organisationsAgain: number[];
  departments: Map<string, Located<Department>>;
  /** The executive board's id (kommunstyrelsen, regionstyrelsen), which stands where a department id may. */
  executiveBoard: string;
  /** The executive board and its own office (stadskontoret …), which counts as attached to it. */
  boardAndOffice: Set<string>;
  /** Departments and the executive board: the municipal bodies an id may name. */
  municipalBodies: Set<string>;
  /** Every organisation, department and the executive board. */
  actors: IdLookup;
  /** The ids of the agreement's parties. */
  parties: Set<string>;
  /** The parties and every actor: who may be responsible for an action, sit in a forum or run the secretariat. */
  partiesAndActors: IdLookup;
  /** Grant categories by id (the last of a duplicated id, which `unique-ids` reports). */
  grantCategories: Map<string, GrantCategory>;
  /** Every citation by id in any object's `sources` below the top-level list, with its path, in document order. */
  sourceCitations: Located<string>[];
  /** Every area id in any plan. */
  areaIds: Set<string>;
  /** The areas of the current plan with their paths; empty when the current plan is missing. */
  currentAreas: Located<PriorityArea>[];
  currentPlanIndex: number;
}

/**
 * The first item of a top-level list with each id, kept as its position: one slot per item, and a
 * located item made only for an id a rule asks about (an agreement may list tens of thousands).
 *
 * The positions stand in a typed array by the id's FNV-1a number, not in a Map: a Map of 10 000 ids
 * grew through a dozen tables, most of a megabyte of garbage per validation, and took longer to fill
 * than the ids take to hash. Ids that share a slot are told apart by the ids themselves.
 */
class FirstById<T extends { id: string }> implements LocatedLookup<T> {
  /** Position + 1 of the first item with an id whose number leads to the slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The positions of the items whose id an earlier item has, in order. */
  readonly again: number[] = [];

  constructor(
    private readonly list: string,
    private readonly items: readonly T[],
  ) {
    this.slots = new Int32Array(tableSize(items.length));
    this.mask = this.slots.length - 1;
    for (let i = 0; i < items.length; i++) {
      const slot = this.find(items[i]!.id);
      if (this.slots[slot] !== 0) this.again.push(i);
      else this.slots[slot] = i + 1;
    }
  }

  /** The slot of `id`: the one that holds it, or the empty one where it would go. */
  private find(id: string): number {
    let slot = fnv1a(id) & this.mask;
    for (let at = this.slots[slot]!; at !== 0 && this.items[at - 1]!.id !== id; at = this.slots[slot]!) slot = (slot + 1) & this.mask;
    return slot;
  }

  get(id: string): Located<T> | undefined {
    // Rules ask with what the data holds; a Map would answer `undefined` for a non-string too.
    if (typeof id !== 'string') return undefined;
    const at = this.slots[this.find(id)]!;
    return at === 0 ? undefined : { item: this.items[at - 1]!, path: [this.list, at - 1] };
  }

  has(id: string): boolean {
    return typeof id === 'string' && this.slots[this.find(id)] !== 0;
  }
}

export function indexAgreement(agreement: Agreement): AgreementIndex {
  const organisations = new FirstById('organisations', agreement.organisations);
  const departments = new Map<string, Located<Department>>();
  agreement.departments.forEach((item, i) => {
    if (!departments.has(item.id)) departments.set(item.id, { item, path: ['departments', i] });
  });
  const areaIds = new Set(agreement.plans.flatMap((p) => p.areas.map((a) => a.id)));
  const plan = agreement.plans.find((p) => p.id === agreement.currentPlan);
  const currentPlanIndex = plan ? agreement.plans.indexOf(plan) : -1;
  const currentAreas = plan
    ? plan.areas.map((item, i) => ({ item, path: ['plans', currentPlanIndex, 'areas', i] as IssuePath }))
    : [];
  const board = agreement.municipality.executiveBoard;
  const municipalBodies = new Set([...departments.keys(), board.id]);
  // Read through the maps above rather than copied: with 10 000 organisations a copy is most of the index's time.
  const actors: IdLookup = { has: (id) => municipalBodies.has(id) || organisations.has(id) };
  const parties = new Set(agreement.parties.map((p) => p.id));
  return {
    organisations,
    organisationsAgain: organisations.again,
    departments,
    executiveBoard: board.id,
    boardAndOffice: new Set(board.office !== undefined ? [board.id, board.office] : [board.id]),
    municipalBodies,
    actors,
    parties,
    partiesAndActors: { has: (id) => parties.has(id) || actors.has(id) },
    grantCategories: new Map(agreement.grantCategories.map((c) => [c.id, c])),
    sourceCitations: sourceCitations(agreement),
    areaIds,
    currentAreas,
    currentPlanIndex,
  };
}

/**
 * Every citation by id (`{ source: id }`) in any object's `sources`, below the top-level list. The walk
 * keeps one path and copies it only for a citation: an agreement with 10 000 organisations has some
 * 100 000 nodes and few citations.
 */
function sourceCitations(agreement: Agreement): Located<string>[] {
  const found: Located<string>[] = [];
  // The path to the node walked: its first `depth` steps (set in place, never pushed and popped).
  const path: (string | number)[] = [];
  // Only objects and arrays are walked into: a string or a number (most of the nodes) is skipped where
  // it is met, without a call or a step of the path.
  const walk = (node: object, depth: number): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const value: unknown = node[i];
        if (value === null || typeof value !== 'object') continue;
        path[depth] = i;
        walk(value, depth + 1);
      }
      return;
    }
    for (const key in node) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (value === null || typeof value !== 'object') continue;
      if (key === 'sources') {
        if (depth === 0 || !Array.isArray(value)) continue;
        value.forEach((r: unknown, i) => {
          if (r !== null && typeof r === 'object' && 'source' in r && typeof r.source === 'string') found.push({ item: r.source, path: [...path.slice(0, depth), 'sources', i, 'source'] });
        });
      } else {
        path[depth] = key;
        walk(value, depth + 1);
      }
    }
  };
  walk(agreement, 0);
  return found;
}
