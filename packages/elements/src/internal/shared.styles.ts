import { css } from 'lit';

/** The theming contract every listing shares: custom properties with defaults that suit light and dark pages. */
export const sharedStyles = css`
  :host {
    display: block;
    color: var(--samverkan-color-text, inherit);
    font: inherit;
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
  .status:empty {
    display: none;
  }
  .status {
    margin: 0 0 calc(var(--samverkan-space, 1rem) * 0.5);
    font-style: italic;
  }
  .error {
    border: 2px solid var(--samverkan-color-error, #b3261e);
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
