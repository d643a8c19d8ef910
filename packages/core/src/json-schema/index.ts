export { agreementJsonSchema, type JsonSchemaOptions } from './json-schema.js';
export { describeField, fieldKey, schemaDescriptions, type FieldPath } from './fields.js';
export { fieldReference } from './field-reference.js';
