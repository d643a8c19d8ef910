import { SamverkanAgreementEditor } from '../components/agreement-editor/agreement-editor.js';

// The only kind of file with side effects: registering the tag, once, even if loaded twice.
if (!customElements.get('samverkan-agreement-editor')) customElements.define('samverkan-agreement-editor', SamverkanAgreementEditor);

export { SamverkanAgreementEditor };
