// The elements in Svelte 5 markup. Use: `import type {} from '@samverkan/elements/jsx/svelte';` once.
import type { HTMLAttributes } from 'svelte/elements';
import type { SamverkanAreaList, SamverkanMatchForm, SamverkanPrinciples } from '../dist/index.js';
import type { SamverkanAreaListAttributes, SamverkanMatchFormAttributes, SamverkanPrinciplesAttributes } from './attributes.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'samverkan-area-list': HTMLAttributes<SamverkanAreaList> & SamverkanAreaListAttributes;
    'samverkan-principles': HTMLAttributes<SamverkanPrinciples> & SamverkanPrinciplesAttributes;
    'samverkan-match-form': HTMLAttributes<SamverkanMatchForm> & SamverkanMatchFormAttributes;
  }
}
