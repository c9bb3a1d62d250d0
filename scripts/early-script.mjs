// The early entry as a trust page includes it, `/selca-early.js`: a classic script, built from
// source on request, for the demo server and the tests that load the demo page.
import * as esbuild from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

export const EARLY_SCRIPT_PATH = '/selca-early.js';

/** The early entry's code, built from src/early-preferences.ts. */
export async function earlyScript() {
  const result = await esbuild.build({
    ...bundleOptions,
    format: 'iife',
    write: false,
    logOverride: { 'empty-import-meta': 'silent' },
    entryPoints: ['src/early-preferences.ts'],
  });
  return result.outputFiles[0].text;
}

/** Dev-server middleware (Koa, as @web/dev-server uses) serving the early entry. */
export function earlyScriptMiddleware() {
  return async (context, next) => {
    if (context.path !== EARLY_SCRIPT_PATH) return next();
    context.body = await earlyScript();
    context.type = 'text/javascript';
    return undefined;
  };
}
