// Type-checked against Vue's GlobalComponents with the elements' typings: right props pass, a wrong one fails.
import type { GlobalComponents } from 'vue';
import type {} from '../../jsx/vue.js';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const list: Props<'samverkan-area-list'> = { layout: 'list', 'heading-level': 3, src: '/data/agreement.json' };
export const form: Props<'samverkan-match-form'> = { action: '/api/interests', 'privacy-href': '/privacy', 'ignore-area-select': true };
export const principles: Props<'samverkan-principles'> = { heading: 'Principer' };
// @ts-expect-error: not a layout
export const wrong: Props<'samverkan-area-list'> = { layout: 'grid' };
