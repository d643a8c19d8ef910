// Type-checked against Preact’s JSX with the elements' typings: right attributes pass, a wrong one fails.
import type {} from '../../jsx/preact.js';

export const page = (
  <main>
    <samverkan-area-list layout="list" heading-level={3} src="/data/agreement.json" />
    <samverkan-principles heading="Principer" />
    <samverkan-match-form action="/api/interests" privacy-href="/privacy" ignore-area-select min-fill-seconds="0" />
    {/* @ts-expect-error: not a layout */}
    <samverkan-area-list layout="grid" />
  </main>
);
