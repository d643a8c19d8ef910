import { SamverkanAreaList } from '../components/area-list/area-list.js';

// The only kind of file with side effects: registering the tag, once, even if loaded twice.
if (!customElements.get('samverkan-area-list')) customElements.define('samverkan-area-list', SamverkanAreaList);

export { SamverkanAreaList };
