/** Clamps a `heading-level` attribute to 1–6, so the widget fits the host page's outline. */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : fallback;
}
