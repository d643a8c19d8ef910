import { SamverkanMatchForm } from '../components/match-form/match-form.js';

// The only kind of file with side effects: registering the tag, once, even if loaded twice.
if (!customElements.get('samverkan-match-form')) customElements.define('samverkan-match-form', SamverkanMatchForm);

export { SamverkanMatchForm };
