import type { LanguagePack } from '../types.js';
import { common } from './common.js';
import { issues } from './issues.js';
import { matching } from './matching.js';
import { ui } from './ui.js';

/**
 * Lättläst svenska (easy-to-read Swedish): the validation messages, matching and the web components' interface. The CLI and the
 * yearly report fall back to Swedish. Not yet reviewed by a native speaker or a lättläst editor: see docs/translations.md.
 *
 * @example
 * ```ts
 * import { svLattlast } from '@samverkan/core/locales/sv-x-lattlast';
 * svLattlast.messages.required({ field: 'name' });
 * ```
 */
export const svLattlast: LanguagePack = { ...issues, common, matching, ui };
