/**
 * @samverkan/core — a lokal överenskommelse between a kommun and the idéburen sektor as typed,
 * validated data.
 *
 * @packageDocumentation
 */
export * from './agreement/index.js';
export * from './area/index.js';
export * from './collaboration/index.js';
export * from './coordinator/index.js';
export * from './department/index.js';
export * from './export/index.js';
export * from './glossary/index.js';
export * from './grant/index.js';
export * from './hosting/index.js';
export * from './interest/index.js';
export * from './issue/index.js';
export * from './json-schema/index.js';
export * from './listing/index.js';
export * from './mandate-period/index.js';
export * from './matching/index.js';
export * from './municipality-code/index.js';
export * from './organisation-number/index.js';
export * from './organisation/index.js';
export * from './plan/index.js';
export * from './principle/index.js';
export * from './render/index.js';
export * from './report/index.js';
export * from './text/index.js';
export * from './validate/index.js';
export * from './vocabulary/index.js';
export * from './working-group/index.js';
export * from './locales/index.js';
export * from './iop/index.js';
export * from './joining/index.js';
export * from './organising/index.js';
export * from './source/index.js';
export * from './migrate/index.js';
