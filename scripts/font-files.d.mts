// Types for the part of font-files.mjs that TypeScript files use (.storybook/main.ts).
export declare function fontSourcesVitePlugin(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
};
export declare function fontFiles(): { url: string; file: string; source: string }[];
