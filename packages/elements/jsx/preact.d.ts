// The elements in Preact's JSX. Use: `import type {} from '@samverkan/elements/jsx/preact';` once.
import type { HTMLAttributes } from 'preact';
import type { SamverkanAreaList, SamverkanMatchForm, SamverkanPrinciples } from '../dist/index.js';
import type { SamverkanAreaListAttributes, SamverkanMatchFormAttributes, SamverkanPrinciplesAttributes } from './attributes.js';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'samverkan-area-list': HTMLAttributes<SamverkanAreaList> & SamverkanAreaListAttributes;
      'samverkan-principles': HTMLAttributes<SamverkanPrinciples> & SamverkanPrinciplesAttributes;
      'samverkan-match-form': HTMLAttributes<SamverkanMatchForm> & SamverkanMatchFormAttributes;
    }
  }
}
