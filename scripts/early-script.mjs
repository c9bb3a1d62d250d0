// The early entry as a trust page includes it, `/selca-early.js`: a classic script, built from
// source on request, for the demo server and the tests that load the demo page.
import * as esbuild from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

export const EARLY_SCRIPT_PATH = '/selca-early.js';

/** Dev-server middleware (Koa, as @web/dev-server uses) serving the early entry. */
export function earlyScriptMiddleware() {
  return async (context, next) => {
    if (context.path !== EARLY_SCRIPT_PATH) return next();
    const result = await esbuild.build({
      ...bundleOptions,
      format: 'iife',
      write: false,
      logOverride: { 'empty-import-meta': 'silent' },
      entryPoints: ['src/early-preferences.ts'],
    });
    context.body = result.outputFiles[0].text;
    context.type = 'text/javascript';
    return undefined;
  };
}
