export { LocalizedText, localize, type Locale } from './text.js';
