import type { LanguagePack } from '../types.js';
import { cli } from './cli.js';
import { common } from './common.js';
import { editor } from './editor.js';
import { issues } from './issues.js';
import { matching } from './matching.js';
import { report } from './report.js';
import { schema } from './schema.js';
import { ui } from './ui.js';

/**
 * English: every word of the project in one pack — issues, matching, the CLI, the yearly report,
 * the web components' interface and the agreement editor.
 *
 * @example
 * ```ts
 * import { en } from '@samverkan/core/locales/en';
 * en.messages.invalid_date({ field: 'adopted' });
 * ```
 */
export const en: LanguagePack = { ...issues, common, matching, ui, cli, report, schema, editor };
