// Types for the part of embed-snippet.mjs that TypeScript files use (.storybook/main.ts).
export declare const DEFAULT_BASE: string;
export declare function builtEmbedSnippet(base?: string, root?: string): { html: string; csp: string; importMapHash: string };
