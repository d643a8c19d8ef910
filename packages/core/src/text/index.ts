export { LocalizedText } from './text.js';
export { localize, type Locale } from './localize.js';
