// The editor's page: loads the editor bundle and offers the example agreement beside Malmöandan.
// A module file of its own (no inline script), so the page works under the demo's strict CSP.
import '../../packages/editor/cdn/agreement-editor.js';

const editor = document.querySelector('samverkan-agreement-editor');
editor.examples = [{ name: 'Exempel: Lunds kommun (fiktiv)', src: '/examples/other-kommun/agreement.json' }];
