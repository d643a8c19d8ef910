import type { Agreement } from '../agreement/agreement.js';
import type { PriorityArea } from '../area/area.js';
import type { Department } from '../department/department.js';
import type { IssuePath } from '../issue/issue.js';
import type { Organisation } from '../organisation/organisation.js';

export interface Located<T> {
  item: T;
  path: IssuePath;
}

/** Lookups the rules share, built once per validation. */
export interface AgreementIndex {
  organisations: Map<string, Located<Organisation>>;
  departments: Map<string, Located<Department>>;
  /** The executive board's id (kommunstyrelsen, regionstyrelsen), which stands where a department id may. */
  executiveBoard: string;
  /** The executive board and its own office (stadskontoret …), which counts as attached to it. */
  boardAndOffice: Set<string>;
  /** Departments and the executive board: the municipal bodies an id may name. */
  municipalBodies: Set<string>;
  /** Every organisation, department and the executive board. */
  actors: Set<string>;
  /** The ids of the agreement's parties. */
  parties: Set<string>;
  /** Every area id in any plan. */
  areaIds: Set<string>;
  /** The areas of the current plan with their paths; empty when the current plan is missing. */
  currentAreas: Located<PriorityArea>[];
  currentPlanIndex: number;
}

export function indexAgreement(agreement: Agreement): AgreementIndex {
  const organisations = new Map<string, Located<Organisation>>();
  agreement.organisations.forEach((item, i) => {
    if (!organisations.has(item.id)) organisations.set(item.id, { item, path: ['organisations', i] });
  });
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
  return {
    organisations,
    departments,
    executiveBoard: board.id,
    boardAndOffice: new Set(board.office !== undefined ? [board.id, board.office] : [board.id]),
    municipalBodies,
    actors: new Set([...municipalBodies, ...organisations.keys()]),
    parties: new Set(agreement.parties.map((p) => p.id)),
    areaIds,
    currentAreas,
    currentPlanIndex,
  };
}
