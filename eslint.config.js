// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const nodeOnly = [
  'electron',
  'electron/*',
  'node:*',
  'better-sqlite3',
  'drizzle-orm',
  'drizzle-orm/*',
  'exceljs',
];

// A timestamp becomes a date in Japan (Asia/Tokyo) through japanTime.ts only: cutting ISO text
// gives its date in UTC (a plan confirmed at 00:55 JST printed the day before).
const dateCutMessage =
  'Cutting ISO text to a date or time gives UTC: use japanDateOf / localDateOf / japanTimeOf (electron/contract/japaneseDate/japanTime.ts).';
const restrictedSyntax = [
  { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
  {
    selector:
      'CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.0.value=0][arguments.1.value=10]',
    message: dateCutMessage,
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.0.value=11][arguments.1.value=16]',
    message: dateCutMessage,
  },
  {
    selector: "CallExpression[callee.property.name='split'][arguments.0.value='T']",
    message: dateCutMessage,
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.callee.property.name='toISOString']",
    message: dateCutMessage,
  },
];

export default defineConfig(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'release',
      'db/migrations',
      'test-results',
      'playwright-report',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...restrictedSyntax],
    },
  },
  {
    // The one place a moment becomes a date in Japan may cut ISO text.
    files: ['electron/contract/japaneseDate/japanTime.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Config files that tools require to default-export.
    files: ['*.config.ts', '*.config.js', 'renderer/vite.config.ts', 'db/drizzle.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Boundaries (STYLE.md): the renderer knows only the contract.
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Anchored: a bare 'electron' would match the repo's own electron/contract folder.
              group: nodeOnly.map((p) => (p.startsWith('node:') ? p : '/' + p)),
              message: 'The renderer never touches Node, Electron or the database.',
            },
            {
              group: [
                '**/db/**',
                '**/electron/services/**',
                '**/electron/ipc/**',
                '**/electron/main/**',
                '**/electron/preload/**',
              ],
              message: 'The renderer imports only electron/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services and the database layer run in Node, the CLI and tests: no Electron.
    files: [
      'electron/services/**/*.ts',
      'electron/contract/**/*.ts',
      'electron/ipc/**/*.ts',
      'db/**/*.ts',
      'scripts/**/*.ts',
    ],
    ignores: ['electron/ipc/registerIpc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main, electron/preload and electron/ipc/registerIpc.ts may import electron.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeOnly.filter((p) => p !== 'electron'),
              message: 'The contract depends on zod only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.testing.ts', 'scripts/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
