import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { selectBrowsers, engines } from './test/runner/engines.mjs';
import { a11yTreePlugin } from './test/runner/a11y-tree-plugin.mjs';
import { computedRolePlugin } from './test/runner/computed-role-plugin.mjs';
import { cspPlugin } from './test/runner/csp-plugin.mjs';
import { emulateMediaPlugin } from './test/runner/emulate-media-plugin.mjs';
import { bundledHelperPlugin } from './test/runner/bundled-helper-plugin.mjs';
import { storiesPlugin } from './test/runner/stories-plugin.mjs';
import { embedPagePlugin, rawCdnMiddleware } from './test/runner/embed-page-plugin.mjs';
import { docsPagesPlugin } from './test/runner/docs-pages-plugin.mjs';
import { partNetworkMiddleware, partNetworkPlugin } from './test/runner/part-network-middleware.mjs';
import { referrerMiddleware } from './test/runner/referrer-middleware.mjs';
import { slowProfileMiddleware } from './test/runner/slow-profile-middleware.mjs';
import { otherVersionMiddleware } from './test/runner/other-version-middleware.mjs';
import { visualPlugins } from './test/runner/visual-plugin.mjs';
import { summaryReporter } from './test/runner/summary-reporter.mjs';
import { fontMiddleware } from './scripts/font-files.mjs';

const browsers = selectBrowsers();
const chromium = engines.find((engine) => engine.name === 'chromium');
const withChromium = browsers.some((browser) => browser.selcaEngine === 'chromium');
if (!withChromium) console.log('[engines] Chromium-only checks and coverage: skipped, chromium not selected');
// One group on its own (`--group visual`) runs too little code to be held to the coverage threshold.
const oneGroup = process.argv.includes('--group');
// SELCA_CHROMIUM_FILES narrows the Chromium-only group to some files, for a quick run of one of them.
const chromiumOnlyFiles = process.env.SELCA_CHROMIUM_FILES?.split(',') ?? ['test/**/*.chromium.test.ts', '!test/visual/**'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/**/*.chromium.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  browsers,
  // One page per browser at a time: focus, viewport and media emulation stay per test file.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // A file's whole session. The three engines share two cores in CI, where a file that takes 60 s
  // alone can take three times as long; files that declare a test per story are split per mode.
  testsFinishTimeout: 300000,
  // Lit's dev-mode notice repeats in every file; its other warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    fontMiddleware(),
    rawCdnMiddleware(),
    partNetworkMiddleware(),
    referrerMiddleware(),
    slowProfileMiddleware(),
    otherVersionMiddleware(),
  ],
  plugins: [
    bundledHelperPlugin('react.ts'),
    bundledHelperPlugin('storybook-address.ts'),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    a11ySnapshotPlugin(),
    cspPlugin(),
    emulateMediaPlugin(),
    a11yTreePlugin(),
    computedRolePlugin(),
    storiesPlugin(),
    embedPagePlugin(),
    docsPagesPlugin(),
    partNetworkPlugin(),
    ...visualPlugins(),
  ],
  // Accessibility tree, forced colours, reduced motion and narrow viewports: Chromium only.
  // Screenshot baselines are a group of their own, so `npm run test:visual` runs only them; a file per
  // mode keeps each file's session well inside testsFinishTimeout.
  groups: withChromium
    ? [
        {
          name: 'chromium-only',
          files: chromiumOnlyFiles,
          browsers: [chromium.launcher(chromium.find())],
        },
        { name: 'visual', files: 'test/visual/*.chromium.test.ts', browsers: [chromium.launcher(chromium.find())] },
      ]
    : [],
  reporters: [defaultReporter(), summaryReporter()],
  coverage: withChromium && !oneGroup,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/data/**', 'node_modules/**'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
