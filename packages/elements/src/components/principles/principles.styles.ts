import { css } from 'lit';

export const styles = css`
  [part='list'] {
    display: grid;
    gap: var(--samverkan-gap, calc(var(--samverkan-space, 1rem) * 0.75));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part='item'] {
    border-inline-start: 0.25rem solid var(--samverkan-color-accent, currentColor);
    padding-inline-start: calc(var(--samverkan-space, 1rem) * 0.75);
  }
  [part='label'] {
    font-weight: 700;
  }
  [part='description'] {
    margin: 0.25em 0 0;
  }
`;
