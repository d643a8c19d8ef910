/**
 * Svenska: what every element says: loading, retrying, the principles.
 *
 * @example
 * ```ts
 * import { page } from '@samverkan/core/locales/sv/page';
 * page.retry; // 'Försök igen'
 * ```
 */
export const page = {
  loading: 'Hämtar överenskommelsen …',
  loadFailed: (src: string) => `Överenskommelsen kunde inte hämtas från ${src}. Försök igen.`,
  retry: 'Försök igen',
  principles: 'Principer för samverkan',
  noPrinciples: 'Överenskommelsen anger inga principer.',
};
