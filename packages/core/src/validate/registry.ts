import { municipalityCode, nationalPrinciples, partySides, references, uniqueIds } from '../agreement/rules.js';
import { coordinatorAttachment, coordinators } from '../coordinator/rules.js';
import { grantDuration, grantGrantor, grantRecipient, grantRequirements } from '../grant/rules.js';
import { hostEligibility, hostingAgreement, hostingSeats, hostingTerms, hostingUnused } from '../hosting/rules.js';
import { iopRecord } from '../iop/rules.js';
import { joining } from '../joining/rules.js';
import { conferenceHeld, forumMembers, organisingWays } from '../organising/rules.js';
import { duplicateOrganisations, geography, informalScope, metaorganisationMembers, organisationNumbers, studyAssociations } from '../organisation/rules.js';
import { areaTimeFrame, planPeriod, planRevision, yearlyReport } from '../plan/rules.js';
import { workingGroupMembers } from '../working-group/rules.js';
import type { Rule } from '../rule/rule.js';

/** Every rule, in the order their issues are reported. */
export const RULE_LIST: readonly Rule[] = [
  uniqueIds,
  references,
  partySides,
  nationalPrinciples,
  municipalityCode,
  organisingWays,
  hostingUnused,
  hostingSeats,
  hostEligibility,
  hostingAgreement,
  hostingTerms,
  coordinators,
  coordinatorAttachment,
  workingGroupMembers,
  forumMembers,
  conferenceHeld,
  joining,
  metaorganisationMembers,
  studyAssociations,
  duplicateOrganisations,
  informalScope,
  organisationNumbers,
  geography,
  grantDuration,
  grantRequirements,
  grantRecipient,
  grantGrantor,
  iopRecord,
  planPeriod,
  planRevision,
  yearlyReport,
  areaTimeFrame,
];
