/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstLoadCompileHints } from './src/app/build/compile-hints.ts';
import { lateHeadLinks } from './src/app/build/late-head-links.ts';
import { reactRouterProduction } from './src/app/build/react-router-production.ts';
import { sharedChunks } from './src/app/build/shared-chunks.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderedShell } from './src/app/shell/shell-plugin.ts';
import { LANGUAGE_STORAGE_KEY, PEOPLE_HINT_KEY, TAB_SET_KEY } from './src/data/device-hints.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The app's entry module, from which the first load is worked out (shared chunks, compile hints). */
const ENTRY = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url));

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  'use-sync-external-store/shim': fileURLToPath(
    new URL('./src/app/build/use-sync-external-store-shim.ts', import.meta.url),
  ),
};

export default defineConfig({
  resolve: { alias },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // Every browser the app supports (ES2022) preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Shared code in a few chunks (src/app/build/shared-chunks.ts). A group takes only the modules it
        // names, not everything they import: that would pull the schemas and zod into the home screen.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              debugName: 'shared-chunks',
              name: sharedChunks(ENTRY),
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  // The backup worker (src/data/backup/backup-worker.ts) is a module worker, split like the app.
  worker: { format: 'es' },
  // The preview sends the headers of src/app/build/http-headers.ts (the shell plugin's preview part).
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [
    react(),
    reactRouterProduction(),
    firstLoadCompileHints(),
    ...prerenderedShell({
      alias,
      languageStorageKey: LANGUAGE_STORAGE_KEY,
      peopleHintKey: PEOPLE_HINT_KEY,
      tabSetKey: TAB_SET_KEY,
    }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: '医保随行 Yibao Companion',
        // Under the home-screen icon: readable for a family member who reads no Chinese (UX review 2.7).
        short_name: '医保 Yibao',
        description:
          '学生医保，一步一步 · Student medical insurance (医保) in Shenzhen and Shanghai, step by step, offline · Seguro médico estudiantil, paso a paso.',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0f6e63',
        background_color: '#ffffff',
        categories: ['medical', 'education', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,txt}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/[^/?]+\.[a-z0-9]+$/i],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
    // After VitePWA, whose manifest link it moves (src/app/build/late-head-links.ts).
    lateHeadLinks(),
  ],
});
