// Storybook's preview API imports CommonJS and Node-style packages. This serves
// test/helpers/storybook-address.ts bundled by esbuild as one ES module.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const helper = fileURLToPath(new URL('../helpers/storybook-address.ts', import.meta.url));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function storybookAddressPlugin() {
  let bundle;
  return {
    name: 'selca-storybook-address',
    async serve(context) {
      if (context.path !== '/test/helpers/storybook-address.ts') return undefined;
      bundle ??= esbuild
        .build({
          entryPoints: [helper],
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
