// ESLint (flat config): `npm run lint` runs it with lit-analyzer and Prettier.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Files that run in a browser: the element, the demo, the browser tests and the pages they load. */
const BROWSER = [
  'src/**/*.ts',
  'demo/**/*.ts',
  'kit/**/*.ts',
  'test/**/*.{ts,tsx}',
  'test/csp/**/*.js',
  'test/prerendered/**/*.js',
  'bench/pages/**/*.js',
  'integrations/wordpress/**/*.js',
];
/** Files that run in Node: tools, the test runner's plugins, the node tests, the server renderer and its command. */
const NODE = [
  'src/cli.ts',
  'src/ssr.ts',
  'scripts/**/*.js',
  'bench/*.js',
  'build/**/*.{ts,js}',
  'bin/*.js',
  'test/node/**/*.js',
  'test/kit/**/*.js',
  'kit/vite.config.ts',
  'test/server/**/*.js',
  'test/frameworks/**/*.js',
  '*.config.{js,ts}',
];
const TS = ['src/**/*.ts', 'test/**/*.{ts,tsx}', 'demo/**/*.ts', 'kit/**/*.ts', 'build/**/*.ts', '*.config.ts'];
/** Where lit-html templates are written. */
const TEMPLATES = ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.{ts,js}', 'bench/pages/**/*.js'];

export default defineConfig([
  globalIgnores(['dist/', 'release/', 'bench/.demo/', 'test/frameworks/dist/', 'node_modules/', '.cache/']),

  {
    files: [
      ...TS,
      'test/**/*.js',
      'scripts/**/*.js',
      'bench/**/*.js',
      'build/**/*.js',
      'bin/*.js',
      '*.config.js',
      'integrations/**/*.js',
    ],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  { files: BROWSER, languageOptions: { globals: globals.browser } },
  { files: NODE, languageOptions: { globals: globals.node } },
  // The benchmark's drivers and the start test hand functions to puppeteer's page.evaluate, which run in the page.
  {
    files: ['bench/*.js', 'test/node/start.test.js', 'scripts/readme-screenshot.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', customElements: 'readonly' } },
  },
  // The WordPress test hands functions to puppeteer's page.evaluate, which run in the page.
  { files: ['test/node/wordpress.test.js'], languageOptions: { globals: globals.browser } },
  // The kit's test and its screenshots hand functions to a browser, which runs them in the page.
  { files: ['test/kit/**/*.js', 'scripts/kit-screenshots.js'], languageOptions: { globals: globals.browser } },
  // The browser tests run under Mocha in the page.
  { files: ['test/**/*.ts'], languageOptions: { globals: globals.mocha } },

  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // tsc's convention (noUnusedParameters): a leading underscore marks a name unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types every Chai `equal` as returning a Promise; it is synchronous.
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
    },
  },

  {
    files: TEMPLATES,
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
  },

  {
    files: ['src/**/*.ts'],
    extends: [wc.configs['flat/best-practice']],
  },
]);
