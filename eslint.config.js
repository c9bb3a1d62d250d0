// ESLint flat config for @selca/widgets.
// Template *types* (properties, attributes, unknown elements) are checked separately by
// lit-analyzer (`npm run lint:templates`); this file covers JS/TS, lit template syntax and
// template accessibility.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// TypeScript covered by tsconfig.json, linted with type information.
const TYPED_TS = ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'];
// Browser code: components, tests (run in real browsers), stories and Storybook preview.
const BROWSER = ['src/**', 'test/**', 'stories/**', '.storybook/**'];
// Node code: top-level config files, scripts, benchmarks, test-runner plugins, Storybook main.
const NODE = [
  '*.{js,mjs,cjs}',
  'scripts/**',
  'bench/**',
  'test/runner/**',
  '.storybook/main.{js,mjs,cjs,ts}',
];

export default defineConfig(
  globalIgnores([
    'dist/',
    'coverage/',
    'storybook-static/',
    'node_modules/',
    '.cache/',
    'custom-elements.json',
    '*.tgz',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommended,

  // Type-aware rules only where tsconfig.json gives the files a program.
  { files: TYPED_TS, extends: [tseslint.configs.recommendedTypeChecked] },
  {
    files: TYPED_TS,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // Lit templates: syntax/binding rules and accessibility.
  lit.configs['flat/recommended'],
  // v5 `configs.recommended` is already a flat config object ({ plugins, rules }).
  // Its three 'off' entries: accessible-emoji and no-invalid-change-handler are deprecated
  // upstream; valid-lang (WCAG 3.1.1) is switched on here.
  litA11y.configs.recommended,
  { rules: { 'lit-a11y/valid-lang': 'error' } },

  { files: BROWSER, languageOptions: { globals: { ...globals.browser } } },
  { files: NODE, languageOptions: { globals: { ...globals.node } } },

  {
    // @open-wc/semantic-dom-diff 0.20 types chai's `equal`/`eq`/`equals` as returning
    // Promise<Assertion> (Chai.Equal); at runtime they are synchronous. Without this every
    // `expect(x).to.equal(y)` is a "floating promise". Genuinely async assertions such as
    // `expect(el).to.be.accessible()` are still checked.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
          ],
        },
      ],
    },
  },

  {
    files: TYPED_TS,
    rules: {
      // Passing on a caught `unknown` (`catch (error) { return Promise.reject(error); }`) is fine,
      // as it is for `throw` under @typescript-eslint/only-throw-error's defaults.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },

  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
);
