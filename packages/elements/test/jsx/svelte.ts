// Type-checked against Svelte 5's element typings with the elements' typings: right attributes pass, a
// wrong one fails.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '../../jsx/svelte.js';

export const list: SvelteHTMLElements['samverkan-area-list'] = { layout: 'list', 'heading-level': 3, src: '/data/agreement.json' };
export const form: SvelteHTMLElements['samverkan-match-form'] = { action: '/api/interests', 'privacy-href': '/privacy', 'ignore-area-select': true };
export const principles: SvelteHTMLElements['samverkan-principles'] = { heading: 'Principer' };
// @ts-expect-error: not a layout
export const wrong: SvelteHTMLElements['samverkan-area-list'] = { layout: 'grid' };
