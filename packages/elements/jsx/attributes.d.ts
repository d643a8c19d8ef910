// The elements' attributes as a framework's templates write them, shared by the JSX typings beside this
// file (react, preact, vue, svelte). scripts/manifest.test.mjs checks them against custom-elements.json.

/** What every element takes. */
export interface SamverkanCommonAttributes {
  /** The URL of an agreement.json to show instead of Malmöandan. */
  src?: string;
  /** How long to wait for `src`, in milliseconds. Default 10 000. */
  timeout?: number | string;
  /** The level (1–6) of the element's heading. Default 2. */
  'heading-level'?: number | string;
  /** Replaces the default heading text. */
  heading?: string;
}

/** `<samverkan-area-list>`'s attributes. */
export interface SamverkanAreaListAttributes extends SamverkanCommonAttributes {
  /** `cards` (a grid, the default) or `list`. */
  layout?: 'cards' | 'list';
  /** The id of the selected area. */
  'selected-area'?: string;
}

/** `<samverkan-principles>`'s attributes. */
export type SamverkanPrinciplesAttributes = SamverkanCommonAttributes;

/** `<samverkan-match-form>`'s attributes. */
export interface SamverkanMatchFormAttributes extends SamverkanCommonAttributes {
  /** The URL the interest is POSTed to as JSON. */
  action?: string;
  /** The site's privacy notice, linked beside the consent. */
  'privacy-href'?: string;
  /** A public list of interests to propose partners from. */
  'candidates-src'?: string;
  /** A form sent sooner than this many seconds is taken for a robot's. Default 3. */
  'min-fill-seconds'?: number | string;
  /** Leave the form alone when an area is chosen in a list on the page. */
  'ignore-area-select'?: boolean;
}
