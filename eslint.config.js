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
    ignores: ['electron/ipc/**', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRawIpc] }] },
  },
  {
    files: ['electron/engine/**', 'electron/cli.ts', 'shared/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['node:*'], message: 'The renderer never imports node:.' }],
        },
      ],
    },
  },
);
