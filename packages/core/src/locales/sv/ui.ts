import { areaList } from './area-list.js';
import { check } from './check.js';
import { form } from './form.js';
import { loadErrors } from './load-errors.js';
import { page } from './page.js';

export { areaList, check, form, loadErrors, page };

/**
 * Svenska: the web components' words (the reference every other pack is checked against), one section per element
 * and what they share. Each section is its own module, so a bundle carries only the Swedish words of the
 * elements it holds.
 *
 * @example
 * ```ts
 * import { ui } from '@samverkan/core/locales/sv/ui';
 * ui.page.retry;
 * ```
 */
export const ui = { page, loadErrors, areaList, form, check };
