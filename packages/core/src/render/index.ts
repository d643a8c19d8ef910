export { renderHtml, type RenderElement, type RenderLocale, type RenderOptions } from './render.js';
