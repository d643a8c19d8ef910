import * as z from 'zod/mini';
import { Id } from '../_lib/schema.js';
import { LocalizedText } from '../text/text.js';
import { fact } from '../source/source.js';

/**
 * Kommunal enhet: what kind of municipal unit it is.
 * `department` is a förvaltning, `office` a kontor (stadskontoret, fastighets- och gatukontoret).
 *
 * @example
 * ```ts
 * const kind: DepartmentKind = 'office';
 * ```
 */
export const DepartmentKind = z.enum(['department', 'office']);
/** @inline */
export type DepartmentKind = z.infer<typeof DepartmentKind>;

/**
 * Förvaltning: a municipal department that grants, hosts or collaborates. Seed 004 describes each of
 * Malmö's with its forms of collaboration and target groups.
 *
 * @example
 * ```ts
 * const d: Department = {
 *   id: 'fritidsforvaltningen',
 *   name: { sv: 'Fritidsförvaltningen', en: 'Leisure Department' },
 *   kind: 'department',
 * };
 * ```
 */
export const Department = fact({
  id: Id,
  name: LocalizedText,
  kind: z.optional(DepartmentKind),
  description: z.optional(LocalizedText),
  /** Ids of the forms of collaboration the department uses. */
  collaborationForms: z.optional(z.array(Id)),
  targetGroups: z.optional(z.array(Id)),
  districts: z.optional(z.array(Id)),
  /**
   * Its grants require the recipient's registration in the föreningsregister, whatever the category
   * (seed 004, fritidsförvaltningen: "Genom kravet på registrering vid ansökan om bidrag").
   */
  requiresAssociationRegister: z.optional(z.boolean()),
  /**
   * `false` when the data says it does not collaborate with the idéburen sektor (seed 004: "Samtliga
   * förvaltningar, med undantag för serviceförvaltningen, samverkar dock med idéburen sektor"): it is
   * then never proposed as a host. Left out, nothing is assumed.
   */
  collaboratesWithSector: z.optional(z.boolean()),
});
/** @inline */
export type Department = z.infer<typeof Department>;
