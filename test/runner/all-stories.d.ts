declare module 'virtual:selca/all-stories' {
  const files: [path: string, module: Record<string, unknown>][];
  export default files;
  /** Per stories file, the export names Storybook's indexer lists as stories. */
  export const indexed: Record<string, string[]>;
}

declare module 'virtual:selca/docs-pages' {
  import type { FunctionComponent } from 'react';
  export { createElement } from 'react';
  export { flushSync } from 'react-dom';
  export { createRoot } from 'react-dom/client';
  export { EditorAttributes, WidgetGuidance } from '../../.storybook/docs-content.js';
  /** stories/docs/*.mdx by file name, each compiled as Storybook compiles it. */
  export const pages: [file: string, page: FunctionComponent][];
}
