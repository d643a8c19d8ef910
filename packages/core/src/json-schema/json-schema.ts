import * as z from 'zod/mini';
import { Agreement } from '../agreement/agreement.js';

/**
 * The JSON Schema (draft 2020-12) of an agreement file, generated from the same schemas
 * {@link defineAgreement} checks with. Point an `agreement.json` at it with `"$schema"` for completion
 * and checking in an editor; the package ships it as `@samverkan/core/agreement.schema.json`, and
 * `samverkan schema` prints it.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('agreement.schema.json', JSON.stringify(agreementJsonSchema(), null, 2));
 * ```
 */
export function agreementJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Agreement, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'urn:samverkan:agreement',
    title: 'Lokal överenskommelse (samverkan)',
    description:
      'An agreement between a Swedish kommun or region and the idéburen sektor, as read by @samverkan/core. Human texts are objects with a required "sv" and optional "en".',
    ...schema,
  };
}
