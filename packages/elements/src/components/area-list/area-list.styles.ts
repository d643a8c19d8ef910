import { css } from 'lit';

export const styles = css`
  .intro {
    margin: 0 0 var(--samverkan-space, 1rem);
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--samverkan-space, 1rem) * 0.75);
    align-items: end;
    margin: 0 0 var(--samverkan-space, 1rem);
    border: 0;
    padding: 0;
  }
  [part~='filters'] legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25em;
  }
  [part~='filters'] label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-width: 100%;
  }
  [part~='filters'] select {
    max-width: 100%;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--samverkan-gap, var(--samverkan-space, 1rem));
  }
  :host([layout='cards']) [part~='list'],
  :host(:not([layout])) [part~='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  [part~='item'] {
    border: 1px solid var(--samverkan-color-border, currentColor);
    border-radius: var(--samverkan-radius, 0.5rem);
    padding: calc(var(--samverkan-space, 1rem) * 0.75);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  /* A list of more than 120 areas stands in groups, one below the other, each a grid of the list's own
     columns and gap (so a theme's ::part(list) columns still apply); a group off screen is skipped whole
     by style, layout and paint, yet stays in the DOM and the accessibility tree, and find-in-page reaches
     it (CSS Containment 2, content-visibility: auto). Its size until it has been drawn once is a guess. */
  [part~='list']:has(> div) {
    display: flex;
    flex-flow: column;
  }
  [part~='list'] > div {
    display: grid;
    grid-template-columns: inherit;
    gap: inherit;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 720rem;
  }
  /* A long list lays out and paints only the areas near the screen; the others stay in the DOM and the
     accessibility tree, and find-in-page reaches them (CSS Containment 2, content-visibility: auto). A
     short list is drawn whole, so checkers that judge what is painted (contrast) see every area. */
  .long [part~='item'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 24rem;
  }
  :host([layout='list']) [part~='item'] {
    border-width: 0 0 1px;
    border-radius: 0;
  }
  [part~='item'][aria-current='true'] {
    border-width: 3px;
    border-color: var(--samverkan-color-accent, currentColor);
  }
  [part~='label'] {
    font-size: 1.1em;
    font-weight: 700;
    margin: 0;
  }
  [part~='description'] p {
    margin: 0 0 0.5em;
  }
  [part~='facts'] {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0 0.75em;
    margin: 0;
  }
  [part~='facts'] dd + dt {
    margin-top: 0.35em;
  }
  /* Labels take what they need up to 40 % of the width and wrap beyond it, so a long label ("Värd från
     idéburen sektor") never pushes the list wider than a 320 px screen. */
  :host([layout='list']) [part~='facts'] {
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
  }
  :host([layout='list']) [part~='facts'] dd + dt {
    margin-top: 0;
  }
  [part~='facts'] dt {
    font-weight: 700;
  }
  [part~='facts'] dd {
    margin: 0;
  }
  [part~='collaborations'] :is(h2, h3, h4, h5, h6) {
    font-size: 1em;
    font-weight: 700;
    margin: 0.5em 0 0.25em;
  }
  [part~='collaborations'] ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  [part~='select-button'] {
    align-self: start;
    margin-top: auto;
  }
  [part~='select-button'][aria-pressed='true'] {
    border-width: 3px;
    font-weight: 700;
  }
`;
