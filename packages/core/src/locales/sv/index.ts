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
 * Svenska, the default language and the end of every fallback chain: every word of the project in one pack — issues, matching, the CLI, the yearly report,
 * the web components' interface and the agreement editor.
 *
 * @example
 * ```ts
 * import { sv } from '@samverkan/core/locales/sv';
 * sv.messages.invalid_date({ field: 'adopted' });
 * ```
 */
export const sv: LanguagePack = { ...issues, common, matching, ui, cli, report, schema, editor };
