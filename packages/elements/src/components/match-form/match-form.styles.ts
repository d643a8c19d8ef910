import { css } from 'lit';

export const styles = css`
  form {
    display: grid;
    gap: var(--samverkan-gap, var(--samverkan-space, 1rem));
  }
  .intro,
  .restored {
    margin: 0;
  }
  .section {
    font-size: 1.1em;
    margin-top: calc(var(--samverkan-space, 1rem) * 0.5);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .field > label {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25em;
    display: block;
  }
  .optional {
    font-weight: 400;
  }
  .choices .choice,
  .field .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0.25em 0;
    font-weight: 400;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    flex: none;
  }
  .ages {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--samverkan-space, 1rem);
  }
  .ages legend {
    width: 100%;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    width: 100%;
    max-width: 30em;
  }
  .small input:not([type='checkbox']) {
    width: 5em;
  }
  .input-row {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .hint {
    margin: 0 0 0.25em;
    font-size: 0.95em;
  }
  .invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  .invalid input:not([type='checkbox']):not([type='radio']),
  .invalid select,
  .invalid textarea {
    border-color: var(--_error);
  }
  .field-error {
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: var(--samverkan-space, 1rem);
    margin-bottom: var(--samverkan-space, 1rem);
  }
  .error-summary :is(h2, h3, h4, h5, h6) {
    font-size: 1.1em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .notice {
    border-inline-start: 4px solid var(--samverkan-color-border, currentColor);
    padding-inline-start: 0.75em;
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  /* The spam trap: out of sight and out of the accessibility tree, clipped in place rather than moved
     off-screen (an offset opens sideways scrolling on a right-to-left page). */
  .hp {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  button.primary {
    font-weight: 700;
    border-width: 2px;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  button.link {
    border: 0;
    padding: 0;
    text-decoration: underline;
  }
  .success {
    border: 3px solid var(--samverkan-color-success, #00703c);
    padding: var(--samverkan-space, 1rem);
  }
  .success :is(h2, h3, h4, h5, h6) {
    font-size: 1.1em;
  }
  .matches ol {
    padding-inline-start: 1.25em;
  }
  .score {
    margin: 0.25em 0;
  }
  :host {
    position: relative;
  }
`;
