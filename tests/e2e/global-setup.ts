import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';

let server: PreviewServer | undefined;

/**
 * Builds the production app once and serves it with `vite preview` (the service worker exists only there).
 * Without Chromium the run fails and says how to install it: browser tests are never skipped silently.
 */
export async function setup(project: TestProject) {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `No Chromium at ${executable}. The browser tests need Debian's Chromium: run "apt-get install -y chromium" ` +
        '(as root), or set CHROMIUM_PATH to a Chromium binary. They are not skipped.',
    );
  }
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test the real one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ logLevel: 'warn', preview: { port: 4317, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseURL', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
