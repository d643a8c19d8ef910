import type { UiPack } from '../types.js';
import { common } from './common.js';
import { matching } from './matching.js';
import { ui } from './ui.js';

/**
 * What the web components load for `sv-x-lattlast`: the interface and the words matching explanations use.
 *
 * @example
 * ```ts
 * import { uiPack } from '@samverkan/core/locales/sv-x-lattlast/ui-pack';
 * uiPack.ui.page.retry;
 * ```
 */
export const uiPack: UiPack = { locale: 'sv-x-lattlast', ui, common, matching };
