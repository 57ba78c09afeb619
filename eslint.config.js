// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** 'electron' may only be imported by the main-process shell, never by the engine, shared code or the renderer. */
const noElectron = {
  name: 'electron',
  message: 'The engine, shared/ and renderer/ must not import electron (see docs/architecture).',
};
/** IPC primitives are only touched through the wrappers in electron/ipc/ and electron/preload.ts. */
const noRawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Use the typed wrappers in electron/ipc/ (main) or electron/preload.ts.',
};

/** Test files: they may use the helpers in test/. */
const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'renderer/test/**'];
/** Production code never imports test helpers (test/, *.test files). */
const noTestHelpers = {
  group: ['**/test/**', '**/*.test', '**/*.test.js'],
  message: 'Production code never imports test helpers; they live in test/.',
};
/** renderer/ and shared/ are built for the browser too: nothing from electron/ may leak in. */
const noElectronFolder = {
  group: ['**/electron/**'],
  message: 'renderer/ and shared/ never import from electron/ (move shared code to shared/).',
};
const noNode = { group: ['node:*'], message: 'The renderer never imports node:.' };

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'build/**',
      'dist/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      '.lab-run/**',
      'test/fixtures/mail-programs/**', // byte-exact copies of mail programs' files (prefs.js is not our JS)
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off', // the SMTP reader and input validation must match control characters on purpose
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/**', 'electron/preload.ts', ...TESTS],
    rules: { 'no-restricted-imports': ['error', { paths: [noRawIpc], patterns: [noTestHelpers] }] },
  },
  {
    files: ['electron/ipc/**', 'electron/preload.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [noTestHelpers] }] },
  },
  {
    files: ['electron/engine/**', 'electron/accounts/**', 'electron/cli.ts', 'electron/cli/**'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noTestHelpers] }],
    },
  },
  {
    files: ['shared/**'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [noTestHelpers, noElectronFolder] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: TESTS,
    rules: {
      // One concern per function; long ones hide the rules. Blank lines and comments do not count.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The Vite config is a Node build script that lives beside the renderer, not renderer code.
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [noNode, noTestHelpers, noElectronFolder] },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/test/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noNode] }] },
  },
);
