export { FORMAT_VERSION, migrateAgreement, type MigrationChange, type MigrationResult } from './migrate.js';
