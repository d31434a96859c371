import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What framework-free layers (config, i18n) must not import: TensorFlow.js, the UI, the CLI. */
const FRAMEWORK_FREE = [
  '@tensorflow/*',
  'react',
  'react-dom',
  'react-i18next',
  'zustand',
  '**/ui/**',
  '**/cli/**',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results.json', '.tmp'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is plain TypeScript: it must not reach into the UI.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'react-i18next', 'zustand', '**/ui/**', '**/store*'] },
      ],
    },
  },
  {
    // Components render and dispatch; TensorFlow.js stays in the engine and the trainer, and the
    // command line's modules stay in src/cli (what both need lives in src/config).
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@tensorflow/*', '**/cli/**'] }],
    },
  },
  {
    // The run's formats are plain TypeScript, shared by the page, the worker and the CLI.
    files: ['src/config/**/*.ts'],
    ignores: ['src/config/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: FRAMEWORK_FREE }],
    },
  },
  {
    // The texts and the i18next instance serve every layer: nothing of the UI or TensorFlow.js.
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...FRAMEWORK_FREE, '**/engine/**'] }],
    },
  },
);
