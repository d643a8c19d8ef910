// The editor's page: loads the editor bundle and offers the example agreements beside Malmöandan.
// A module file of its own (no inline script), so the page works under the demo's strict CSP.
import '../../packages/editor/cdn/agreement-editor.js';

const editor = document.querySelector('samverkan-agreement-editor');
editor.examples = [
  { name: 'Överenskommelsen Göteborg (Göteborgs Stad)', src: '/examples/goteborg/agreement.json' },
  { name: 'Överenskommelsen mellan Västra Götalandsregionen och det civila samhället', src: '/examples/vastra-gotaland/agreement.json' },
  { name: 'Lokal överenskommelse mellan Uppsala kommun och föreningslivet (LÖK)', src: '/examples/uppsala/agreement.json' },
  { name: 'Exempel: Lunds kommun (fiktiv)', src: '/examples/other-kommun/agreement.json' },
];
