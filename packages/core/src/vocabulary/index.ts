export { AgeRange, MAX_AGE, TargetGroup, District } from './vocabulary.js';
