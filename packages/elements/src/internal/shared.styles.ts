import { css } from 'lit';

/** The theming contract every listing shares: custom properties with defaults that suit light and dark pages. */
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
  [part~='heading'] {
    font-size: 1.25em;
    font-weight: 700;
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
  select {
    font: inherit;
  }
  button {
    color: inherit;
  }
  button {
    font: inherit;
    background: var(--samverkan-color-button, transparent);
    border: 1px solid currentColor;
    border-radius: calc(var(--samverkan-radius, 0.5rem) / 2);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--samverkan-color-focus, currentColor);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s ease;
    }
  }
`;
