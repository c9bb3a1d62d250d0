/**
 * Custom Elements Manifest for the widgets in src/. Storybook's autodocs read the generated
 * custom-elements.json (git-ignored; made by `npm run analyze`).
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/data/**'],
  outdir: '.',
  litelement: true,
  // Only our own sources: third-party manifests would need rs-module-lexer's native binding.
  dependencies: false,
  // Don't rewrite package.json with a "customElements" field on every run.
  packagejson: false,
};
