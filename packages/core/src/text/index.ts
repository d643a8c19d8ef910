export { LocalizedText } from './text.js';
export { localize, localizedLanguage, type Locale } from './localize.js';
export { formatDate, formatList, formatNumber, formatPercent } from './format.js';
export { textDirection } from './direction.js';
export { around } from './around.js';
