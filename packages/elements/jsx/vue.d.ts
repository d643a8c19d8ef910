// The elements in Vue templates (Volar, vue-tsc). Use: `import type {} from '@samverkan/elements/jsx/vue';`
// once, and tell Vue's compiler that tags starting with `samverkan-` are custom elements (isCustomElement).
import type { DefineComponent } from 'vue';
import type { SamverkanAreaListAttributes, SamverkanMatchFormAttributes, SamverkanPrinciplesAttributes } from './attributes.js';

declare module 'vue' {
  interface GlobalComponents {
    'samverkan-area-list': DefineComponent<SamverkanAreaListAttributes>;
    'samverkan-principles': DefineComponent<SamverkanPrinciplesAttributes>;
    'samverkan-match-form': DefineComponent<SamverkanMatchFormAttributes>;
  }
}
