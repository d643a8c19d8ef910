import '../define/agreement-editor.js';
