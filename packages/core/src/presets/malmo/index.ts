export { malmo } from './malmo.js';
