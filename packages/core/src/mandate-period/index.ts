export { electionDate, isElectionYear, mandatePeriodAt, mandatePeriodsBetween, type MandatePeriod } from './mandate-period.js';
