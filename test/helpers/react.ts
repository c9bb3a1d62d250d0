// React for tests, served bundled as one ES module by test/runner/bundled-helper-plugin.mjs.
export { createElement } from 'react';
export { flushSync } from 'react-dom';
export { createRoot } from 'react-dom/client';
export type { Root } from 'react-dom/client';
