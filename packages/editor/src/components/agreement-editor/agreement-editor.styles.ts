import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--samverkan-color-text, inherit);
    font: inherit;
    overflow-wrap: anywhere;
    --_space: var(--samverkan-space, 1rem);
    --_border: var(--samverkan-color-border, color-mix(in srgb, currentColor 45%, transparent));
    --_error: var(--samverkan-color-error, color-mix(in srgb, var(--samverkan-color-error-accent, #c8102e) 70%, currentColor));
    --_warning: color-mix(in srgb, #8a5a00 80%, currentColor);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
    align-items: center;
    padding-bottom: calc(var(--_space) * 0.5);
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_space);
  }
  .title {
    flex: 1 1 20rem;
    font-size: 1.35em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .saved-state,
  .counts {
    font-size: 0.95em;
  }
  .counts {
    margin: 0;
    font-weight: 700;
  }
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64rem) {
    .layout {
      grid-template-columns: 13rem minmax(0, 1fr) 20rem;
      align-items: start;
    }
    .summary {
      position: sticky;
      top: var(--_space);
      max-height: calc(100vh - 2 * var(--_space));
      overflow: auto;
    }
  }
  .sections ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  @media (min-width: 64rem) {
    .sections ul {
      flex-direction: column;
    }
    .sections button {
      width: 100%;
      text-align: start;
    }
  }
  .sections button[aria-current='true'] {
    font-weight: 700;
    border-width: 3px;
  }
  .badge {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.3em;
    border-radius: 1em;
    border: 1px solid currentColor;
    text-align: center;
    font-size: 0.85em;
  }
  .plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .box,
  .summary,
  .notice {
    border: 1px solid var(--_border);
    border-radius: var(--samverkan-radius, 0.5rem);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    background: var(--samverkan-color-surface, transparent);
  }
  .summary.has-errors {
    border: 4px solid var(--_error);
  }
  .issues {
    padding-inline-start: 1.2em;
    margin: 0;
  }
  .issues li {
    margin-bottom: 0.5em;
  }
  .issues a {
    color: inherit;
  }
  .tag {
    font-weight: 700;
  }
  .error > a .tag,
  .field-error .tag {
    color: var(--_error);
  }
  .warning > a .tag,
  .field-warning .tag {
    color: var(--_warning);
  }
  .group {
    border: 1px solid var(--_border);
    border-radius: calc(var(--samverkan-radius, 0.5rem) / 2);
    padding: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  .group > legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .group.text {
    border-style: dashed;
  }
  .pair {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  .field {
    margin: 0 0 calc(var(--_space) * 0.75);
    border-inline-start: 4px solid transparent;
    padding-inline-start: 0.5rem;
  }
  .field.has-error,
  .group.has-error {
    border-inline-start: 4px solid var(--_error);
  }
  .field.has-warning,
  .group.has-warning {
    border-inline-start: 4px solid var(--_warning);
  }
  .field > label,
  .add-field > label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.2em;
  }
  .hint {
    margin: 0 0 0.3em;
    font-size: 0.95em;
    color: color-mix(in srgb, currentColor 80%, transparent);
  }
  .confirm {
    margin: 0.3em 0 0;
    font-size: 0.95em;
  }
  .field-issues p {
    margin: 0 0 0.3em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--samverkan-color-input, transparent);
    border: 2px solid currentColor;
    border-radius: 0.25rem;
    padding: 0.3em 0.4em;
    max-width: 100%;
  }
  input:not([type='checkbox']):not([type='radio']):not([type='file']),
  textarea {
    width: 100%;
  }
  input.short,
  select.short {
    width: auto;
    min-width: 10rem;
  }
  input[type='file'] {
    border: 0;
    padding: 0;
  }
  select {
    max-width: 100%;
  }
  textarea.code {
    font-family: ui-monospace, monospace;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .checkbox,
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 0.4em;
  }
  .checkbox input,
  .choice input {
    width: 1.25em;
    height: 1.25em;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--samverkan-color-button, transparent);
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    padding: 0.3em 0.8em;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.primary {
    border-width: 3px;
    font-weight: 700;
  }
  button.small {
    padding: 0.1em 0.5em;
    min-width: 2.25rem;
    min-height: 2.25rem;
  }
  .add-field {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: end;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .add-field > label {
    flex-basis: 100%;
    font-weight: 400;
  }
  .remove-field {
    float: inline-end;
    margin: 0 0 0.5em 0.5em;
  }
  .items {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .item {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: space-between;
    align-items: center;
    margin-bottom: 0.5em;
  }
  .item-title {
    font-weight: 700;
  }
  .item-actions {
    display: flex;
    gap: 0.25em;
  }
  .empty {
    font-style: italic;
  }
  :focus-visible {
    outline: 3px solid var(--samverkan-color-focus, currentColor);
    outline-offset: 2px;
  }
  #section-heading:focus {
    outline-offset: 4px;
  }
  .drop {
    border-style: dashed;
  }
  .start {
    max-width: 48rem;
  }
  .table-wrap {
    overflow-x: auto;
    margin: 0 0 var(--_space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  tr.bad th {
    border-inline-start: 4px solid var(--_error);
  }
  .problems {
    margin: 0 0 0.4em;
    padding-inline-start: 1.2em;
  }
  .rules > li {
    margin-bottom: 0;
  }
  .preview > * {
    margin-bottom: var(--_space);
  }
`;
