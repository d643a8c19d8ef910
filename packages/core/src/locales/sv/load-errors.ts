import type { LoadDetails } from '../types.js';

/**
 * Svenska: why an agreement given with `src` could not be shown.
 *
 * @example
 * ```ts
 * import { loadErrors } from '@samverkan/core/locales/sv/load-errors';
 * loadErrors.network({ src: 'https://example.org/a.json' });
 * ```
 */
export const loadErrors = {
  network: ({ src }: LoadDetails) => `Överenskommelsen kunde inte hämtas från ${src}. Kontrollera adressen och nätverket och försök igen.`,
  timeout: ({ src }: LoadDetails) => `Det tog för lång tid att hämta överenskommelsen från ${src}. Försök igen om en stund.`,
  http: ({ src, status }: LoadDetails) => `Överenskommelsen kunde inte hämtas från ${src} (svar ${status ?? '?'}). Kontrollera att adressen stämmer.`,
  'content-type': ({ src }: LoadDetails) => `Filen på ${src} är inte JSON. Peka src på en agreement.json.`,
  'too-large': ({ src }: LoadDetails) => `Filen på ${src} är för stor för att vara en överenskommelse. Kontrollera adressen.`,
  'not-json': ({ src }: LoadDetails) => `Filen på ${src} är inte giltig JSON. Rätta filen, till exempel med npx -p @samverkan/core samverkan validate.`,
  invalid: ({ src, count, path }: LoadDetails) =>
    `Filen på ${src} är ingen giltig överenskommelse: ${count ?? 1} fel${path ? `, det första vid ${path}` : ''}. Kontrollera den med npx -p @samverkan/core samverkan validate.`,
};
