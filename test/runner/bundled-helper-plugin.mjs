// Some test helpers import packages that are not plain ES modules: React and react-dom ship
// CommonJS only, and Storybook's preview API imports CommonJS and Node-style packages. This serves
// such a helper bundled by esbuild as one ES module, in development mode.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * Serves `test/helpers/<file>` bundled, built once on first request.
 * @param {string} file the helper's file name in test/helpers/
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function bundledHelperPlugin(file) {
  const path = `/test/helpers/${file}`;
  let bundle;
  return {
    name: `selca-bundled-${file}`,
    async serve(context) {
      if (context.path !== path) return undefined;
      bundle ??= esbuild
        .build({
          entryPoints: [fileURLToPath(new URL(`../helpers/${file}`, import.meta.url))],
          bundle: true,
          format: 'esm',
          target: 'es2022',
          write: false,
          logLevel: 'error',
          define: { 'process.env.NODE_ENV': '"development"' },
        })
        .then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
