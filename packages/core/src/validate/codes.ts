export type { RuleIssueCode } from '../issue/issue.js';
