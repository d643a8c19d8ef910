// Every built-in language, whole: for code that runs on a server or in the terminal (validation, the
// CLI, reports, host proposals). The web components load theirs one by one, on demand.
import { ar } from './ar/index.js';
import { en } from './en/index.js';
import { so } from './so/index.js';
import { sv } from './sv/index.js';
import { svLattlast } from './sv-x-lattlast/index.js';
import type { LanguagePack } from './types.js';

export const BUILT_IN: Readonly<Record<string, LanguagePack>> = { sv, en, ar, so, 'sv-x-lattlast': svLattlast };
