import * as z from 'zod/mini';
import { IsoDate, NonNegativeInt, Text } from '../_lib/schema.js';
import { fact } from '../source/source.js';

/**
 * Årlig rapport: a yearly report on the collaboration made to the kommunstyrelsen. Samarbetsplan
 * 2018–2022 (seed 003): "Samordnarna ska årligen, eller när så påkallas, rapportera till
 * kommunstyrelsen" and Malmö stad answers for "en årlig rapportering/uppföljning av samverkan".
 *
 * @example
 * ```ts
 * const r: YearlyReportRecord = { year: 2019, submitted: '2020-03-04', reference: 'STK-2020-0123' };
 * ```
 */
export const YearlyReportRecord = fact({
  /** The year reported on. */
  year: NonNegativeInt,
  submitted: z.optional(IsoDate),
  reference: z.optional(Text),
});
/** @inline */
export type YearlyReportRecord = z.infer<typeof YearlyReportRecord>;
