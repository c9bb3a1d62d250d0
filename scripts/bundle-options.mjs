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
};

/** terser settings for the CDN folder (Rollup): modern syntax kept, comments other than licences dropped. */
export const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2 },
  format: { comments: /^!|@license|@preserve/ },
};
