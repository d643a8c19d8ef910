export { Iop, IopContribution, IopCriterion, IopEvaluation, IopWrittenAgreement } from './iop.js';
export { listIops, type IopRow } from './list.js';
