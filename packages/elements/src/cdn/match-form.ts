import '../define/match-form.js';
