import type { CommonText } from '../types.js';
import { phases } from './phases.js';
import { resources } from './resources.js';

/**
 * Svenska: resources (written to sit inside a sentence, "Fritidsförvaltningen erbjuder lokaler") and the
 * phases of an area, each its own module so an element bundles only the one it shows.
 *
 * @example
 * ```ts
 * import { common } from '@samverkan/core/locales/sv/common';
 * common.resources.premises; // 'lokaler'
 * ```
 */
export const common: CommonText = { resources, phases };
