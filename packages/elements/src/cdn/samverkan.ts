// One script tag for every element.
import '../define/principles.js';
