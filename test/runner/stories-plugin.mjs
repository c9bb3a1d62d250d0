// Serves a module that imports every stories/*.stories.ts file, so the story tests cover a new
// story file without a new test. It also exports the stories Storybook's indexer finds in each
// file (its sidebar), which a type export or a helper would add to.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCsf } from 'storybook/internal/csf-tools';

export const STORIES_MODULE = '/__selca__/all-stories.js';
export const STORIES_SPECIFIER = 'virtual:selca/all-stories';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function storiesPlugin({ rootDir = process.cwd() } = {}) {
  return {
    name: 'selca-all-stories',
    resolveImport({ source }) {
      return source === STORIES_SPECIFIER ? STORIES_MODULE : undefined;
    },
    serve(context) {
      if (context.path !== STORIES_MODULE) return undefined;
      const files = readdirSync(resolve(rootDir, 'stories'))
        .filter((file) => file.endsWith('.stories.ts'))
        .sort();
      const indexed = Object.fromEntries(
        files.map((file) => {
          const fileName = `stories/${file}`;
          const csf = loadCsf(readFileSync(resolve(rootDir, fileName), 'utf8'), { fileName, makeTitle: (title) => title }).parse();
          return [fileName, csf.indexInputs.map((input) => input.exportName)];
        }),
      );
      const body = [
        ...files.map((file, index) => `import * as story${index} from '/stories/${file}';`),
        `export default [${files.map((file, index) => `[${JSON.stringify(`stories/${file}`)}, story${index}]`).join(', ')}];`,
        `export const indexed = ${JSON.stringify(indexed)};`,
      ].join('\n');
      return { body, type: 'js' };
    },
  };
}
