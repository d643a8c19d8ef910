export { PriorityArea, AreaPhase, AreaStatus, AREA_PHASES, AREA_PHASE_LABELS, currentHost } from './area.js';
