// The types rank.ts and explain.ts share, in a file of their own so neither imports the other.
import type { Agreement } from '../agreement/agreement.js';
import type { PublicInterest } from '../interest/interest.js';
import type { AgreementListing } from '../listing/listing.js';
import type { PartialPack } from '../locales/types.js';

/**
 * The criteria a match is scored on: shared areas, target groups (and ages), districts, what one
 * offers against what the other seeks (both ways), forms of collaboration, and languages.
 *
 * @example
 * ```ts
 * const c: Criterion = 'offersSeeks';
 * ```
 */
export type Criterion = 'areas' | 'targetGroups' | 'districts' | 'offersSeeks' | 'forms' | 'languages';

/**
 * How much each criterion weighs in the score. Any left out keep their default.
 *
 * @example
 * ```ts
 * const w: MatchWeights = { ...DEFAULT_WEIGHTS, districts: 0.3 };
 * ```
 */
export type MatchWeights = Record<Criterion, number>;

/**
 * Options for `rankMatches`.
 *
 * @example
 * ```ts
 * const options: RankOptions = { agreement: malmo, locale: 'en', threshold: 0.3, limit: 5, allowSameSide: true };
 * ```
 */
export interface RankOptions {
  weights?: Partial<MatchWeights>;
  /** Matches scoring below this (0–1) are not shown. Default 0.25. */
  threshold?: number;
  /** How many matches at most. Default 10. */
  limit?: number;
  /** Also match an organisation with another organisation. By default only organisation ↔ department. */
  allowSameSide?: boolean;
  /** The agreement, for the names of areas, groups, districts, forms and actors in explanations. */
  agreement?: Agreement;
  /** Its public listing, for the same names where the whole agreement is not at hand (a web page). */
  listing?: AgreementListing;
  /** The language of names and explanations: a tag (`sv` by default) or a pack with `matching` and `common` (what the web components pass). */
  locale?: string | PartialPack;
}

/**
 * One criterion's part of a match: its score (0–1) and what the two share.
 *
 * @example
 * ```ts
 * const part: CriterionScore = { criterion: 'districts', score: 1, shared: ['Rosengård'] };
 * ```
 */
export interface CriterionScore {
  criterion: Criterion;
  score: number;
  shared: string[];
}

/**
 * A proposed match: the candidate without its contact person, its name, the score and why.
 *
 * @example
 * ```ts
 * const [best] = rankMatches(interest, candidates, { agreement: malmo });
 * best?.explanation; // ['Båda arbetar med unga 13–19 i Rosengård.', …]
 * ```
 */
export interface Match {
  candidate: PublicInterest;
  name: string;
  score: number;
  criteria: CriterionScore[];
  explanation: string[];
}
