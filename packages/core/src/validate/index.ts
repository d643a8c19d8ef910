export { validateAgreement, RULES, type ValidateOptions, type ValidationResult } from './validate.js';
export { RuleSetting, RuleSettings } from '../rule/settings.js';
export { describeRules, type RuleDescription } from './describe.js';
