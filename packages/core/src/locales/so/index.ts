import type { LanguagePack } from '../types.js';
import { common } from './common.js';
import { issues } from './issues.js';
import { matching } from './matching.js';
import { ui } from './ui.js';

/**
 * Soomaali (Somali): the validation messages, matching and the web components' interface. The CLI and the
 * yearly report fall back to Swedish. Not yet reviewed by a native speaker: see docs/translations.md.
 *
 * @example
 * ```ts
 * import { so } from '@samverkan/core/locales/so';
 * so.messages.required({ field: 'name' });
 * ```
 */
export const so: LanguagePack = { ...issues, common, matching, ui };
