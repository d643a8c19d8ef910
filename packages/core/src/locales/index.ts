export { BUILT_IN_TAGS, resolveLanguage, resolveLocale } from './resolve.js';
export { languageChain, registerLanguage, registeredLanguage, resolveSection, type PackSection, type PackWith } from './registry.js';
export type { AgeSpan, CliText, CommonText, EditorSection, EditorText, LoadDetails, LanguagePack, MatchingText, PartialPack, ReportText, SchemaText, SummaryText, UiPack, UiText, ValidateText } from './types.js';
