import { readFile } from 'node:fs/promises';

/** Collapses the white space and comments of CSS inside Lit's css`…` templates (those without bindings). */
export function minifyCss(source) {
  return source.replace(/\bcss ?`([^`$]*)`/g, (_, text) => {
    const css = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${css}\``;
  });
}

/** esbuild plugin: minify component CSS, which esbuild leaves as written inside template strings. */
const minifyLitCss = {
  name: 'selca-minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return /\bcss ?`/.test(source) ? { contents: minifyCss(source), loader: 'ts' } : undefined;
    });
  },
};

/** esbuild settings for every file a visitor downloads: minified, Lit's production build inside. */
export const bundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // No `development` condition, so Lit's production build is used.
  conditions: ['production'],
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [minifyLitCss],
};

/** terser settings for the CDN folder (Rollup): modern syntax kept, comments other than licences dropped. */
export const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  format: { comments: /^!|@license|@preserve/ },
};
