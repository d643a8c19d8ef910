export { PriorityArea, AreaPhase, AreaStatus, currentHost } from './area.js';
export { AREA_PHASES } from './phases.js';
export { AREA_PHASE_LABELS } from './phase-labels.js';
