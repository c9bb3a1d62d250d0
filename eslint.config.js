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
const NODE = ['*.{js,mjs,cjs}', 'scripts/**', 'bench/**', 'test/runner/**', '.storybook/main.{js,mjs,cjs,ts}'];

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'storybook-static/', 'node_modules/', '.cache/', 'custom-elements.json', '*.tgz']),
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
          allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }],
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
    // What the widgets and stories render stays within the strict policy in the README: a style
    // binding writes a `style` attribute, which style-src 'self' refuses; the unsafe directives
    // pass text through Lit's Trusted Types policy as HTML, which must only ever see templates.
    files: ['src/**', 'stories/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/style-map.js',
              message: "Set styles through the CSSOM or a stylesheet: style-src 'self' refuses a style attribute.",
            },
            { name: 'lit/directives/unsafe-html.js', message: "Render templates: Lit's Trusted Types policy must never see other HTML." },
            { name: 'lit/directives/unsafe-svg.js', message: "Render templates: Lit's Trusted Types policy must never see other SVG." },
            { name: 'lit/static-html.js', message: "Render templates: Lit's Trusted Types policy must never see other HTML." },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=/]',
          message: "Set styles through the CSSOM or a stylesheet: style-src 'self' refuses a style attribute.",
        },
        {
          selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']",
          message: "Set styles through the CSSOM or a stylesheet: style-src 'self' refuses a style attribute.",
        },
        {
          selector:
            "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/], CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe)$/], CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: "Render a Lit template: require-trusted-types-for 'script' refuses HTML written as text.",
        },
      ],
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
