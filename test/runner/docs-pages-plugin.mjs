// Serves the docs pages designers read, compiled as Storybook compiles them (its MDX compiler) and
// bundled with React, for a test to render and check with axe: the introduction and getting-started
// pages (stories/docs/*.mdx), and the sections each widget's page adds to Storybook's own blocks.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import mdxLoader from '@storybook/addon-docs/mdx-loader';
import { builtEmbedSnippet } from '../../scripts/embed-snippet.mjs';

const SPECIFIER = 'virtual:selca/docs-pages';
const MODULE = '/__selca__/docs-pages.js';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** An MDX file as Storybook's loader turns it into a module. */
const compileMdx = (source, resourcePath) =>
  new Promise((resolve, reject) =>
    mdxLoader.call({ async: () => (error, code) => (error ? reject(error) : resolve(code)), getOptions: () => ({}), resourcePath }, source),
  );

const bundlePlugin = {
  name: 'selca-docs-pages',
  setup(build) {
    // Storybook's Meta only registers the page with Storybook; it draws nothing.
    build.onResolve({ filter: /^@storybook\/addon-docs\/blocks$/ }, () => ({ path: 'blocks', namespace: 'selca-stub' }));
    build.onResolve({ filter: /^virtual:selca\/embed-snippet$/ }, () => ({ path: 'embed-snippet', namespace: 'selca-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'selca-stub' }, ({ path }) => {
      if (path === 'blocks') return { contents: 'export const Meta = () => null;', loader: 'js' };
      const { html, csp } = builtEmbedSnippet(undefined, root);
      return { contents: `export const html = ${JSON.stringify(html)}; export const csp = ${JSON.stringify(csp)};`, loader: 'js' };
    });
    build.onLoad({ filter: /\.mdx$/ }, async ({ path }) => ({
      contents: await compileMdx(await readFile(path, 'utf8'), path),
      loader: 'jsx',
      resolveDir: fileURLToPath(new URL('.', `file://${path}`)),
    }));
  },
};

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function docsPagesPlugin() {
  return {
    name: 'selca-docs-pages',
    resolveImport({ source }) {
      return source === SPECIFIER ? MODULE : undefined;
    },
    async serve(context) {
      if (context.path !== MODULE) return undefined;
      const pages = readdirSync(`${root}stories/docs`)
        .filter((file) => file.endsWith('.mdx'))
        .sort();
      const entry = [
        "export { createElement } from 'react';",
        "export { flushSync } from 'react-dom';",
        "export { createRoot } from 'react-dom/client';",
        "export { EditorAttributes, WidgetGuidance } from './.storybook/docs-content.ts';",
        ...pages.map((file, index) => `import page${index} from './stories/docs/${file}';`),
        `export const pages = [${pages.map((file, index) => `[${JSON.stringify(file)}, page${index}]`).join(', ')}];`,
      ].join('\n');
      const result = await esbuild.build({
        stdin: { contents: entry, resolveDir: root, loader: 'js' },
        bundle: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        logLevel: 'error',
        jsx: 'automatic',
        plugins: [bundlePlugin],
        define: { 'process.env.NODE_ENV': '"development"' },
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
