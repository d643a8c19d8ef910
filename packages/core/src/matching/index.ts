export {
  rankMatches,
  DEFAULT_WEIGHTS,
  AGES_APART_SHARE,
  type Match,
  type MatchWeights,
  type RankOptions,
  type Criterion,
  type CriterionScore,
} from './rank.js';
export { createMatchIndex, type MatchIndex } from './index-build.js';
export { proposeHosts, type HostProposal, type ProposeOptions } from './propose-hosts.js';
