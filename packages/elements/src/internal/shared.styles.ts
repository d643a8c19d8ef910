import { css } from 'lit';

/**
 * The theming contract every element shares: custom properties with defaults that suit light and dark
 * pages, and one look for every control, so the area list's filter and the form's fields match. Each
 * control carries a part (`input`, `select`, `checkbox`, `radio`, `button`, `link`, `field-label`) the
 * page can style with `::part()`.
 */
export const sharedStyles = css`
  :host {
    display: block;
    color: var(--samverkan-color-text, inherit);
    font: inherit;
    /* A long word (a department's name, a date) breaks rather than pushing the page sideways at 320 px. */
    overflow-wrap: anywhere;
    /* Errors: the accent red mixed with the host's own text colour, so it stays readable (at least 4.5:1)
       on a light page, where the text is dark, and on a dark one, where it is light. */
    --_error: var(--samverkan-color-error, color-mix(in srgb, var(--samverkan-color-error-accent, #c8102e) 55%, currentColor));
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    background: var(--samverkan-color-surface, transparent);
    border: 1px solid var(--samverkan-color-border, currentColor);
    border-radius: var(--samverkan-radius, 0.5rem);
    padding: var(--samverkan-space, 1rem);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--samverkan-font-heading, inherit);
    color: var(--samverkan-color-heading, inherit);
    font-size: 1em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
  }
  [part~='heading'] {
    font-size: 1.25em;
    margin: 0 0 calc(var(--samverkan-space, 1rem) * 0.75);
  }
  /* A live region stays in the page while empty, so what it says later is announced. */
  .status:empty {
    margin: 0;
  }
  .status {
    margin: 0 0 calc(var(--samverkan-space, 1rem) * 0.5);
    font-style: italic;
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--samverkan-radius, 0.5rem);
    padding: calc(var(--samverkan-space, 1rem) * 0.75);
    margin: 0 0 var(--samverkan-space, 1rem);
  }
  .error p {
    margin: 0 0 0.5em;
  }
  a {
    color: var(--samverkan-color-link, inherit);
  }
  [part~='field-label'] {
    font-weight: 700;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: var(--samverkan-color-input-text, inherit);
    background: var(--samverkan-color-input, transparent);
    border: var(--samverkan-input-border-width, 2px) solid var(--samverkan-color-input-border, currentColor);
    border-radius: calc(var(--samverkan-radius, 0.5rem) / 2);
    padding: 0.35em 0.5em;
    box-sizing: border-box;
    max-width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    accent-color: var(--samverkan-color-accent, auto);
  }
  button {
    font: inherit;
    color: var(--samverkan-color-button-text, inherit);
    background: var(--samverkan-color-button, transparent);
    border: 1px solid var(--samverkan-color-button-border, currentColor);
    border-radius: calc(var(--samverkan-radius, 0.5rem) / 2);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--samverkan-focus-width, 3px) solid var(--samverkan-color-focus, currentColor);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s ease;
    }
  }
`;
