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
  /** What a visitor reads when the agreement could not be loaded and trying again may help. */
  unavailableRetry: 'Överenskommelsen kan inte visas just nu. Försök igen om en stund.',
  /** What a visitor reads when the agreement could not be loaded and only the site can put it right. */
  unavailable: 'Överenskommelsen kan inte visas just nu. Felet ligger hos webbplatsen, inte hos dig.',
  principles: 'Principer för samverkan',
  noPrinciples: 'Överenskommelsen anger inga principer.',
};
