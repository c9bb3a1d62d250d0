// Finds the browser engines installed on this machine and builds a launcher for each.
// Chromium is required; Firefox and WebKit run when present (all three when CI=true).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const which = (command) => {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
};
const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

const children = [];
const stopChildren = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopChildren);
// The runner buffers console output and loses what is pending when it stops early, which left CI
// logs ending mid-run with no reason: why it stops goes straight to stderr.
const report = (what, error) => process.stderr.write(`\n[engines] ${what}: ${error?.stack ?? String(error)}\n`);
process.on('uncaughtException', (error) => report('uncaught exception', error));
process.on('exit', (code) => code && process.stderr.write(`\n[engines] the test runner exits with code ${code}\n`));
process.on('unhandledRejection', (reason) => {
  report('unhandled rejection', reason);
  throw reason;
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a private Xvfb display unless one is already available, and returns its name. */
const startDisplay = () =>
  new Promise((resolve, reject) => {
    if (process.env.DISPLAY) return resolve(process.env.DISPLAY);
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    let output = '';
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(`:${output.trim()}`);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited early with code ${code}`)));
  });

const waitForPort = async (port, timeoutMs = 15000) => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
};

export const engines = [
  {
    name: 'chromium',
    debianPackage: 'chromium',
    required: true,
    find: () =>
      firstExisting([
        process.env.CHROME_PATH,
        which('chromium'),
        which('chromium-browser'),
        which('google-chrome'),
        which('google-chrome-stable'),
      ]),
    launcher: (executablePath) => chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } }),
  },
  {
    name: 'firefox',
    debianPackage: 'firefox-esr',
    find: () => firstExisting([process.env.FIREFOX_PATH, which('firefox-esr'), which('firefox')]),
    launcher: (executablePath) =>
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath,
          headless: true,
          extraPrefsFirefox: { 'toolkit.telemetry.enabled': false, 'app.update.enabled': false },
        },
      }),
  },
  {
    name: 'webkit',
    debianPackage: 'webkit2gtk-driver xvfb',
    find: () => (which('Xvfb') || process.env.DISPLAY ? which('WebKitWebDriver') : undefined),
    launcher: (driverPath) => {
      const launcher = webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: 0,
        // No browserName: WebKitWebDriver refuses a session whose name does not match MiniBrowser.
        // Navigation returns once started: the runner hears from the test page itself, and a load
        // that never ended (under load, in CI) held a navigation past the HTTP client's 300 s
        // timeout, whose unhandled rejection stopped the whole run mid-way.
        capabilities: { pageLoadStrategy: 'none', 'webkitgtk:browserOptions': { args: ['--automation'] } },
      });
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = async (config, testFiles) => {
        const display = await startDisplay();
        const port = await freePort();
        const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
          env: { ...process.env, DISPLAY: display },
          stdio: 'ignore',
        });
        children.push(driver);
        await waitForPort(port);
        launcher.options.port = port;
        await initialize(config, testFiles);
        launcher.name = 'WebKit';
      };
      const stop = launcher.stop.bind(launcher);
      launcher.stop = async () => {
        await stop();
        stopChildren();
      };
      return launcher;
    },
  },
];

/**
 * Decides which engines run: every installed one, narrowed by SELCA_BROWSERS (a comma list).
 * Prints one line per engine. Throws when a required engine is missing (all are, with CI=true).
 */
export function selectBrowsers({ env = process.env, log = console.log } = {}) {
  const ci = env.CI === 'true' || env.CI === '1';
  const wanted = env.SELCA_BROWSERS
    ? env.SELCA_BROWSERS.split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean)
    : undefined;
  const unknown = (wanted ?? []).filter((name) => !engines.some((engine) => engine.name === name));
  if (unknown.length) {
    throw new Error(`SELCA_BROWSERS names unknown engines: ${unknown.join(', ')} (known: ${engines.map((e) => e.name).join(', ')})`);
  }
  const browsers = [];
  const missing = [];
  for (const engine of engines) {
    if (wanted && !wanted.includes(engine.name)) {
      log(`[engines] ${engine.name}: skipped, not in SELCA_BROWSERS`);
      continue;
    }
    const path = engine.find();
    if (path) {
      log(`[engines] ${engine.name}: runs (${path})`);
      const launcher = engine.launcher(path);
      launcher.selcaEngine = engine.name;
      browsers.push(launcher);
    } else {
      log(`[engines] ${engine.name}: skipped, not installed (apt-get install ${engine.debianPackage})`);
      if (engine.required || ci) missing.push(engine);
    }
  }
  if (missing.length) {
    throw new Error(
      `Missing required browser engine(s): ${missing.map((e) => e.name).join(', ')}. ` +
        `Install with: apt-get install ${missing.map((e) => e.debianPackage).join(' ')}` +
        (ci ? ' (CI=true requires every engine)' : ''),
    );
  }
  return browsers;
}
