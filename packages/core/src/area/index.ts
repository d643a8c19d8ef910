export { PriorityArea, AreaPhase, AreaStatus, currentHost } from './area.js';
export { AREA_PHASES, AREA_PHASE_LABELS } from './phases.js';
