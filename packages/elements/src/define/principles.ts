import { SamverkanPrinciples } from '../components/principles/principles.js';

// The only kind of file with side effects: registering the tag, once, even if loaded twice.
if (!customElements.get('samverkan-principles')) customElements.define('samverkan-principles', SamverkanPrinciples);

export { SamverkanPrinciples };
