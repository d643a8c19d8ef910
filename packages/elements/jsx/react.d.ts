// The elements in React 19's JSX. Use: `import type {} from '@samverkan/elements/jsx/react';` once.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SamverkanAreaList, SamverkanMatchForm, SamverkanPrinciples } from '../dist/index.js';
import type { SamverkanAreaListAttributes, SamverkanMatchFormAttributes, SamverkanPrinciplesAttributes } from './attributes.js';

type Tag<E, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'samverkan-area-list': Tag<SamverkanAreaList, SamverkanAreaListAttributes>;
      'samverkan-principles': Tag<SamverkanPrinciples, SamverkanPrinciplesAttributes>;
      'samverkan-match-form': Tag<SamverkanMatchForm, SamverkanMatchFormAttributes>;
    }
  }
}
