export {
  ISSUE_CODES,
  RULE_ISSUE_CODES,
  type Issue,
  type IssueCode,
  type RuleIssueCode,
  type IssueParams,
  type IssuePath,
  type LocaleMessages,
  type Severity,
  type SubjectKind,
} from './issue.js';
export { formatPath } from './path.js';
