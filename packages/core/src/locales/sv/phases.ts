import type { CommonText } from '../types.js';

/**
 * Svenska: the phases of an area.
 *
 * @example
 * ```ts
 * import { phases } from '@samverkan/core/locales/sv/phases';
 * phases['dialogue-and-matching']; // 'Dialog och matchning'
 * ```
 */
export const phases: CommonText['phases'] = {
  'identifying-hosts': 'Värdar identifieras',
  'dialogue-and-matching': 'Dialog och matchning',
  'development-and-innovation': 'Utveckling och innovation',
  'results-and-dissemination': 'Sammanställning och spridning',
  'evaluation-and-follow-up': 'Utvärdering och uppföljning',
};
