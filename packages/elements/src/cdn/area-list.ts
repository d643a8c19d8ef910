import '../define/area-list.js';
