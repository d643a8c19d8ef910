import type { UiPack } from '../types.js';
import { common } from './common.js';
import { matching } from './matching.js';
import { ui } from './ui.js';

/**
 * What the web components load for `en`: the interface and the words matching explanations use.
 *
 * @example
 * ```ts
 * import { uiPack } from '@samverkan/core/locales/en/ui-pack';
 * uiPack.ui.retry;
 * ```
 */
export const uiPack: UiPack = { locale: 'en', ui, common, matching };
