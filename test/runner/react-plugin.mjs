// React and react-dom ship CommonJS only. This serves test/helpers/react.ts bundled by esbuild as
// one ES module, so a test can render with the real react-dom 19.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const helper = fileURLToPath(new URL('../helpers/react.ts', import.meta.url));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactPlugin() {
  let bundle;
  return {
    name: 'selca-react',
    async serve(context) {
      if (context.path !== '/test/helpers/react.ts') return undefined;
      bundle ??= esbuild
        .build({
          entryPoints: [helper],
          bundle: true,
          format: 'esm',
          target: 'es2022',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
        })
        .then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
