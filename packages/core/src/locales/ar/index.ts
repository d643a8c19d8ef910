import type { LanguagePack } from '../types.js';
import { common } from './common.js';
import { issues } from './issues.js';
import { matching } from './matching.js';
import { ui } from './ui.js';

/**
 * العربية (Arabic): the validation messages, matching and the web components' interface. The CLI and the
 * yearly report fall back to Swedish. Not yet reviewed by a native speaker: see docs/translations.md.
 *
 * @example
 * ```ts
 * import { ar } from '@samverkan/core/locales/ar';
 * ar.messages.required({ field: 'name' });
 * ```
 */
export const ar: LanguagePack = { ...issues, common, matching, ui };
