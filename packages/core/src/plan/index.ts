export { CooperationPlan } from './plan.js';
