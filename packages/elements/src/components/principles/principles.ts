import { localize } from '@samverkan/core/light';
import { html, nothing } from 'lit';
import { AgreementElement } from '../../internal/agreement-element.js';
import { page as svPage } from '@samverkan/core/locales/sv/page';
import { heading } from '../../internal/heading.js';
import { dirFor, textLang } from '../../internal/i18n.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { styles } from './principles.styles.js';

/**
 * `<samverkan-principles>`: the agreement's principles (principer) with their local labels and texts.
 * With no attributes it shows the six national principles Överenskommelse Malmöandan builds on, by name;
 * `src="…/agreement.json"` loads any kommun's agreement instead, descriptions included. The language follows `lang` on the element or its nearest ancestor:
 * Swedish by default, English available.
 *
 * @example
 * ```html
 * <script type="module" src="/assets/samverkan/cdn/principles.js"></script>
 * <samverkan-principles heading-level="3"></samverkan-principles>
 * ```
 *
 * @csspart base - The box around the whole listing.
 * @csspart heading - The listing's heading.
 * @csspart status - The polite live region that announces loading.
 * @csspart error-message - The box that says why the agreement could not be loaded.
 * @csspart retry-button - The button in the error box that loads again.
 * @csspart list - The list of principles.
 * @csspart item - One principle.
 * @csspart label - A principle's name.
 * @csspart description - A principle's explanatory text.
 * @csspart empty - The message shown when the agreement states no principles.
 * @csspart button - The button in the error box.
 * @cssproperty --samverkan-color-text - Text colour. Defaults to the page's.
 * @cssproperty --samverkan-color-surface - Background of the box. Defaults to transparent.
 * @cssproperty --samverkan-color-border - Border colour. Defaults to the text colour.
 * @cssproperty --samverkan-color-accent - The bar beside each principle. Defaults to the text colour.
 * @cssproperty --samverkan-color-heading - The heading. Defaults to the text colour.
 * @cssproperty --samverkan-font-heading - The heading's font family. Defaults to the page's font.
 * @cssproperty --samverkan-color-focus - The focus ring. Defaults to the text colour.
 * @cssproperty --samverkan-focus-width - The focus ring's width. Defaults to 3px.
 * @cssproperty --samverkan-color-error - The error box's border. By default a red mixed with the text colour, which stays at least 4.5:1 against a light page with dark text and a dark page with light text; set it to fix one colour for both.
 * @cssproperty --samverkan-color-error-accent - The red the default error colour is mixed from. Default #c8102e.
 * @cssproperty --samverkan-space - Base spacing. Defaults to 1rem.
 * @cssproperty --samverkan-gap - The gap between principles. Defaults to three quarters of the base spacing.
 * @cssproperty --samverkan-radius - Corner radius of the box. Defaults to 0.5rem.
 * @cssstate loading - While `src` is being loaded.
 * @cssstate error - When `src` could not be loaded.
 * @fires samverkan-load-error - When `src` could not be loaded (a `SamverkanLoadErrorEvent`).
 */
export class SamverkanPrinciples extends AgreementElement {
  static override styles = [sharedStyles, styles];
  static override properties = { ...AgreementElement.properties, heading: {} };

  /** Replaces the default heading text. */
  declare heading: string | undefined;

  override render() {
    if (this.showsFallback) return html`<slot></slot>`;
    const lang = this.language.lang;
    const t = this.language.ui('page', svPage);
    const principles = this.listing.principles;
    const ready = this.loadState === 'ready';
    return html`
      <section part="base" aria-labelledby="heading" lang=${lang}>
        ${heading(this.level, this.heading ?? t.principles, { part: 'heading', id: 'heading' })}
        ${this.renderStatus()}
        <div class="content" aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}>
        ${!ready
          ? nothing
          : principles.length === 0
            ? html`<p part="empty">${t.noPrinciples}</p>`
            : html`<ul part="list">
                ${principles.map(
                  (p) => html`<li part="item" lang=${textLang(p.label, lang)} dir=${dirFor(p.label, lang)}>
                    <span part="label">${localize(p.label, lang)}</span>
                    ${p.description ? html`<p part="description">${localize(p.description, lang)}</p>` : nothing}
                  </li>`,
                )}
              </ul>`}
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-principles': SamverkanPrinciples;
  }
}
