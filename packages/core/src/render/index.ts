export { renderHtml, type RenderElement, type RenderOptions } from './render.js';
