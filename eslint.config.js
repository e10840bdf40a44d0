import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'web/dist/',
      'coverage/',
      'test-results/',
      'src/kernels/wasm/module.generated.ts',
      'src/kernels/wasm/assembly/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Coefficients are quoted from their published sources digit for digit.
      'no-loss-of-precision': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'cli/**', 'test/**', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/node.ts'],
    rules: {
      // The core runs in browsers: no Node built-ins outside the Node entry.
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'worker_threads', 'os', 'child_process'] },
      ],
    },
  },
);
