// Serves the single-file build as if it were another version of the library:
// /__selca__/version/X.Y.Z/selca-widgets.js is dist/single-file/selca-widgets.js with its version
// number replaced, for the test of two versions on one page.
import { readFile } from 'node:fs/promises';

const PATH = /^\/__selca__\/version\/(\d+\.\d+\.\d+)\/selca-widgets\.js$/;

export function otherVersionMiddleware() {
  return async (context, next) => {
    const match = PATH.exec(context.path);
    if (!match) return next();
    const code = await readFile(new URL('../../dist/single-file/selca-widgets.js', import.meta.url), 'utf8');
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    const marker = JSON.stringify(version);
    if (code.split(marker).length !== 2) throw new Error(`the single file should hold its version ${marker} once`);
    context.type = 'js';
    context.body = code.replace(marker, JSON.stringify(match[1]));
    return undefined;
  };
}
