import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The repository's root: every path below is resolved from here, so ESLint works from any directory. */
const root = dirname(fileURLToPath(import.meta.url));

const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** domain ← data ← components ← features ← app; features never import each other (docs/architecture.md). */
const layering = [
  { target: './src/domain', from: './src/data', message: 'domain is pure: no Dexie, no data layer' },
  { target: './src/domain', from: './src/features', message: 'domain is pure' },
  { target: './src/domain', from: './src/components', message: 'domain is pure: no React' },
  { target: './src/domain', from: './src/app', message: 'domain is pure' },
  { target: './src/data', from: './src/features', message: 'data imports only domain' },
  { target: './src/data', from: './src/components', message: 'data imports only domain' },
  { target: './src/data', from: './src/app', message: 'data imports only domain' },
  { target: './src/components', from: './src/features', message: 'shared UI must not know features' },
  { target: './src/components', from: './src/app', message: 'shared UI must not know the app' },
  {
    target: './src/features',
    from: './src/app',
    message: 'features do not import the app; the app wires them',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'features never import each other',
  })),
];

/** Classic zod is three times zod/mini's size in the bundle, for the same parser: the schemas use zod/mini. */
const classicZod = {
  name: 'zod',
  message: "import { z } from 'zod/mini' (one schema style, the smaller bundle)",
};

/** The app's own useTranslation types `t` with every key (src/components/translation-keys.ts). */
const untypedTranslation = {
  name: 'react-i18next',
  importNames: ['useTranslation'],
  message: "import { useTranslation } from '@/components/translation-keys' (its t knows every key)",
};

/** React Router's <Link> brings its framework mode's prefetching into the first load (src/components/link.tsx). */
const routerLink = {
  name: 'react-router',
  importNames: ['Link'],
  message: "import { Link } from '@/components/link' (the same link, without what only framework mode uses)",
};

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layering, basePath: root }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': ['error', { paths: [classicZod, routerLink] }],
    },
  },
  {
    // One naming rule for every file and folder: kebab-case (a component ProfileForm is profile-form.tsx),
    // with any middle extension kept (.test, .d, .bench).
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        // kebab-case, where a word may be a number (migrations are 0001-initial.ts, 0002-…)
        { '**/*.{ts,tsx,js,mjs}': '+([a-z0-9])*(-+([a-z0-9]))' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,tests,deploy,docs}/**/': '+([a-z0-9])*(-+([a-z0-9]))' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/translation-keys.ts', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [classicZod, untypedTranslation, routerLink] }] },
  },
  {
    // .tsx too, and every subpath of a package (react-dom/client, dexie/dist/…): the domain is pure.
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [classicZod, routerLink],
          patterns: [
            {
              regex: '^(react|react-dom|dexie|dexie-react-hooks|i18next|react-i18next|react-router)(/.*)?$',
              message: 'domain is pure: no React, Dexie, i18next or router, nor any of their subpaths',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain never reads the clock: take today as an argument',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain never reads the clock: take today as an argument',
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [classicZod, routerLink],
          patterns: [
            {
              regex: '^(react|react-dom|i18next|react-i18next|react-router)(/.*)?$',
              message:
                'data imports only the domain and Dexie: no React, i18next or router, nor their subpaths',
            },
          ],
        },
      ],
    },
  },
);
