export { ActionStatus, Action, Commitment, CooperationPlan, Indicator, Revision, RevisionCycle } from './plan.js';
