import '../define/principles.js';
