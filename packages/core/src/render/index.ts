export { renderHtml, DEFAULT_STYLESHEET, type RenderElement, type RenderOptions } from './render.js';
export { RENDER_TEXT, type RenderText } from './messages.js';
