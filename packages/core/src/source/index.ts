export { Certainty, Source, SourceRef, isInferred } from './source.js';
