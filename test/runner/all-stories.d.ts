declare module 'virtual:selca/all-stories' {
  const files: [path: string, module: Record<string, unknown>][];
  export default files;
  /** Per stories file, the export names Storybook's indexer lists as stories. */
  export const indexed: Record<string, string[]>;
}
