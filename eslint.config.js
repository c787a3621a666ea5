import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Accessibility of the page's markup (issue 11): labels, roles, keyboard reach.
  { ...jsxA11y.flatConfigs.recommended, files: ['renderer/**/*.tsx'] },
  {
    // Every word the page shows comes from the catalogs (core/i18n/catalogs): text written
    // straight into the markup, or into a prop that ends up on screen, would stay English in the
    // Chinese interface. Letter content never passes through here; it comes from the stores.
    files: ['renderer/**/*.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            include: [
              [
                '*',
                '{label,*Label,title,*Title,placeholder,description,*Description,hint,message,heading,caption}',
              ],
            ],
          },
        },
      ],
      'formatjs/no-literal-string-in-object': [
        'error',
        { include: ['label', 'title', 'message', 'description'] },
      ],
    },
  },
  {
    // zod and the schemas built with it load only in the main process, which checks every
    // input; the page and the pure modules it uses stay free of them (types may be imported),
    // which keeps ~30 ms of schema building out of the window's start-up.
    files: ['renderer/**/*.{ts,tsx}', 'core/**/*.ts'],
    ignores: ['core/schemas/**', 'core/contract.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', allowTypeImports: true, message: 'Validate in the main process (core/schemas).' },
          ],
          patterns: [
            {
              group: ['**/schemas/*', '**/core/contract'],
              allowTypeImports: true,
              message: 'Schemas run in the main process; import their types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core runs in the page too. tsc rejects Node's globals in it (tsconfig.core.json), except
    // in core/docx, whose `docx` typings load Node's; this rule covers all of core alike.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'process',
          'Buffer',
          'require',
          'module',
          '__dirname',
          '__filename',
          'global',
          'setImmediate',
        ].map((name) => ({ name, message: 'core runs in the page too: use what both sides provide.' })),
      ],
    },
  },
  {
    // The pure core and the services must stay free of Electron and React.
    files: [
      'core/**/*.ts',
      'electron/services/**/*.ts',
      'electron/storage/**/*.ts',
      'electron/server/**/*.ts',
      'electron/cli/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'electron-store', 'react', 'react-dom', 'lexical'],
          patterns: ['@lexical/*', 'react/*'],
        },
      ],
    },
  },
  {
    // The editor's nodes, and the DOCX import that reads a file through them in a headless
    // editor, are Lexical code: still free of Electron and React.
    files: ['core/editor/**/*.ts', 'core/import/htmlToEditorDocs.ts', 'core/import/anchorComments.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'electron-store', 'react', 'react-dom'], patterns: ['react/*'] },
      ],
    },
  },
);
