import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a `heading-level` attribute to 1–6, so the widget fits the host page's outline. */
export function headingLevel(value: unknown, fallback = 2): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : fallback;
}

/** What a heading may carry besides its level and content. */
export interface HeadingOptions {
  part?: string;
  id?: string;
  lang?: string;
  /** `auto` when the text may be in another script than the page (see `dirFor`). */
  dir?: string | typeof nothing;
  className?: string;
}

/**
 * A real heading element, `<h1>`…`<h6>`, at `level` (clamped to 6): the page's outline, a screen reader's
 * heading navigation and a `::part()` rule all see a heading. One template per level, so no tag name is
 * ever built from a string.
 */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const part = o.part ?? nothing;
  const id = o.id ?? nothing;
  const lang = o.lang ?? nothing;
  const dir = o.dir ?? nothing;
  const cls = o.className ?? nothing;
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 part=${part} id=${id} lang=${lang} dir=${dir} class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} lang=${lang} dir=${dir} class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} lang=${lang} dir=${dir} class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} lang=${lang} dir=${dir} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} lang=${lang} dir=${dir} class=${cls}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} lang=${lang} dir=${dir} class=${cls}>${content}</h6>`;
  }
}
