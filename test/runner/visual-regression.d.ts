// The package's own types point at browser/commands.mjs, for which TypeScript finds no
// declaration (the file beside it is commands.d.ts); this is that declaration.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
