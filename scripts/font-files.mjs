// The self-hosted reading fonts the toolbar offers (SIL Open Font License, from @fontsource):
// where each file comes from, so the build can copy them and the dev servers can serve them
// beside the module that loads them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const FAMILIES = {
  opendyslexic: '@fontsource/opendyslexic',
  'atkinson-hyperlegible': '@fontsource/atkinson-hyperlegible',
};

/** URL path, relative to the module that loads fonts, of the folder the files are served from. */
export const FONT_URL_PATH = '/src/components/a11y-toolbar/fonts/';

/** [file name, absolute source path] for each woff2 file the toolbar may load. */
export function fontFiles() {
  return Object.entries(FAMILIES).flatMap(([name, pkg]) => {
    const folder = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
    return ['400-normal', '400-italic', '700-normal', '700-italic'].map((variant) => {
      const file = `${name}-latin-${variant}.woff2`;
      return [file, join(folder, file)];
    });
  });
}

/** Dev-server middleware (Koa, as @web/dev-server uses) serving the font files from node_modules. */
export function fontMiddleware() {
  const files = new Map(fontFiles());
  return async (context, next) => {
    if (context.path.startsWith(FONT_URL_PATH)) {
      const source = files.get(context.path.slice(FONT_URL_PATH.length));
      if (source) {
        const { readFile } = await import('node:fs/promises');
        context.body = await readFile(source);
        context.type = 'font/woff2';
        return undefined;
      }
    }
    return next();
  };
}
