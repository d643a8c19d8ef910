export {
  to360Giving,
  type ThreeSixtyGivingGrant,
  type ThreeSixtyGivingOptions,
  type ThreeSixtyGivingOrganisation,
} from './three-sixty-giving.js';
export {
  toPopolo,
  organisationsToCsv,
  iopsToCsv,
  type PopoloMembership,
  type PopoloOrganization,
  type PopoloPost,
} from './popolo.js';
