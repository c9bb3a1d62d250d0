// `npm start`: the demo trust page on a local server, and Storybook beside it.
import { spawn } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { strictPolicy } from './content-security-policy.mjs';
import { earlyScriptMiddleware } from './early-script.mjs';
import { fontMiddleware } from './font-files.mjs';

const port = Number(process.env.PORT ?? 8000);
const storybookPort = Number(process.env.STORYBOOK_PORT ?? 6006);

// The demo is served under the strict policy many trust CMSs use: no inline script or style, and
// Trusted Types enforced.
const CSP = strictPolicy();

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    nodeResolve: { exportConditions: ['development', 'browser'] },
    appIndex: undefined,
    middleware: [
      (context, next) => {
        if (context.path === '/' || context.path === '/index.html') context.redirect('/demo/');
        context.set('Content-Security-Policy', CSP);
        return next();
      },
      fontMiddleware(),
      earlyScriptMiddleware(),
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`\nDemo trust page:  http://localhost:${port}/demo/`);
console.log(`Storybook:        http://localhost:${storybookPort}/ (starting…)\n`);

const storybook = spawn('npm', ['run', 'storybook', '--', '--port', String(storybookPort)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});

const stop = async () => {
  storybook.kill('SIGTERM');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
storybook.on('exit', (code) => {
  if (code) console.error(`Storybook stopped (exit ${code}); the demo page keeps running.`);
});
