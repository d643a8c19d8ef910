export {
  Interest,
  InterestParty,
  Contact,
  Resource,
  toPublicInterest,
  interestSide,
  PublicInterest,
} from './interest.js';
export { readInterests, type ReadInterestsOptions, type ReadInterestsResult } from './read.js';
export { RESOURCE_LABELS } from './resource-labels.js';
