// The elements in JSX: their tags and attributes, typed from @samverkan/elements.
import type { SamverkanAreaList, SamverkanMatchForm } from '@samverkan/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type Element<T> = DetailedHTMLProps<HTMLAttributes<T>, T> & { 'heading-level'?: string; src?: string; heading?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'samverkan-area-list': Element<SamverkanAreaList> & { layout?: 'cards' | 'list'; 'selected-area'?: string };
      'samverkan-match-form': Element<SamverkanMatchForm> & {
        action?: string;
        'privacy-href'?: string;
        'candidates-src'?: string;
        'min-fill-seconds'?: string;
      };
    }
  }
}
