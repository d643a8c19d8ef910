export { GlossaryTerm } from './glossary.js';
