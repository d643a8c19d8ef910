export { agreementJsonSchema } from './json-schema.js';
