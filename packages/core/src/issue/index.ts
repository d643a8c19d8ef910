export {
  ISSUE_CODES,
  formatPath,
  type Issue,
  type IssueCode,
  type IssueParams,
  type IssuePath,
  type LocaleMessages,
  type Severity,
  type SubjectKind,
} from './issue.js';
