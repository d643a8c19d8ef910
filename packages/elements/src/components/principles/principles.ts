import { type Agreement, localize, type Principle } from '@samverkan/core';
import { malmo } from '@samverkan/core/presets/malmo';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevel } from '../../internal/heading.js';
import { LangController } from '../../internal/lang-controller.js';
import { styles } from './principles.styles.js';

const TEXT = {
  sv: { heading: 'Principer för samverkan', empty: 'Överenskommelsen anger inga principer.' },
  en: { heading: 'Principles of collaboration', empty: 'The agreement states no principles.' },
} as const;

/**
 * `<samverkan-principles>`: the agreement's principles (principer) with their local labels and texts.
 * With no data it shows Överenskommelse Malmöandan's six; set `agreement` to show another kommun's.
 * The language follows `lang` on the element or its nearest ancestor: Swedish by default, English available.
 *
 * @example
 * ```html
 * <script type="module" src="@samverkan/elements/cdn/principles.js"></script>
 * <samverkan-principles heading-level="3"></samverkan-principles>
 * ```
 *
 * @csspart base - The box around the whole listing.
 * @csspart heading - The listing's heading.
 * @csspart list - The list of principles.
 * @csspart item - One principle.
 * @csspart label - A principle's name.
 * @csspart description - A principle's explanatory text.
 * @csspart empty - The message shown when the agreement states no principles.
 * @cssproperty --samverkan-color-text - Text colour. Defaults to the page's.
 * @cssproperty --samverkan-color-surface - Background of the box. Defaults to transparent.
 * @cssproperty --samverkan-color-border - Border colour. Defaults to the text colour.
 * @cssproperty --samverkan-color-accent - The bar beside each principle. Defaults to the text colour.
 * @cssproperty --samverkan-space - Base spacing. Defaults to 1rem.
 * @cssproperty --samverkan-radius - Corner radius of the box. Defaults to 0.5rem.
 */
export class SamverkanPrinciples extends LitElement {
  static override styles = styles;

  /** The agreement whose principles are shown. Defaults to the Malmöandan preset. */
  @property({ attribute: false }) accessor agreement: Agreement = malmo;

  /** The level (1–6) of the listing's heading, so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  /** Replaces the default heading text. */
  @property() accessor heading: string | undefined = undefined;

  private readonly language = new LangController(this);

  override render() {
    const lang = this.language.lang;
    const t = TEXT[lang];
    const principles: readonly Principle[] = this.agreement?.principles ?? [];
    return html`
      <section part="base" aria-labelledby="heading">
        <div part="heading" id="heading" role="heading" aria-level=${headingLevel(this.headingLevel)}>
          ${this.heading ?? t.heading}
        </div>
        ${principles.length === 0
          ? html`<p part="empty">${t.empty}</p>`
          : html`<ul part="list">
              ${principles.map(
                (p) => html`<li part="item" lang=${this.textLang(p.label, lang)}>
                  <span part="label">${localize(p.label, lang)}</span>
                  ${p.description ? html`<p part="description">${localize(p.description, lang)}</p>` : nothing}
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }

  /** The language a text is actually shown in, so a Swedish fallback inside an English page is marked `sv`. */
  private textLang(text: Principle['label'], lang: string): string {
    return typeof text[lang] === 'string' && text[lang] ? lang : 'sv';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-principles': SamverkanPrinciples;
  }
}
