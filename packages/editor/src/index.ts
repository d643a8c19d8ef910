/**
 * @samverkan/editor — `<samverkan-agreement-editor>`, with which a kommun or region writes its lokal
 * överenskommelse as validated data. Importing this module defines nothing; import
 * `@samverkan/editor/define/agreement-editor` (or `cdn/agreement-editor.js`) to register the tag.
 *
 * @packageDocumentation
 */
export { SamverkanAgreementEditor, type EditorExample } from './components/agreement-editor/agreement-editor.js';
export { SamverkanSaveEvent } from './events.js';
