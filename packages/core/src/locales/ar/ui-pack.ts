import type { UiPack } from '../types.js';
import { common } from './common.js';
import { matching } from './matching.js';
import { ui } from './ui.js';

/**
 * What the web components load for `ar`: the interface and the words matching explanations use.
 *
 * @example
 * ```ts
 * import { uiPack } from '@samverkan/core/locales/ar/ui-pack';
 * uiPack.ui.page.retry;
 * ```
 */
export const uiPack: UiPack = { locale: 'ar', ui, common, matching };
