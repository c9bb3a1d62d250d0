/** esbuild settings for every file a visitor downloads: minified, Lit's production build inside. */
export const bundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  minify: true,
  // No `development` condition, so Lit's production build is used.
  conditions: ['production'],
  legalComments: 'eof',
  logLevel: 'warning',
};
