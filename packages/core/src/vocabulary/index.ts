export { TargetGroup, District } from './vocabulary.js';
