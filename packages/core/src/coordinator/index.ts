export { Coordinator, COORDINATOR_TASKS } from './coordinator.js';
