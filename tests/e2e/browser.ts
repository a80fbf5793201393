import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { LANGUAGES } from '@/domain/settings/languages';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export interface Session {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  /** Every URL the browser asked for, to prove nothing leaves the origin. */
  requests: string[];
  close: () => Promise<void>;
}

export interface SessionOptions {
  locale?: string;
  timezoneId?: string;
  viewport?: { width: number; height: number };
  /** false: a browser with scripts turned off. */
  javaScriptEnabled?: boolean;
  /** Another server of the same build (default: the `vite preview` of global-setup.ts). */
  baseURL?: string;
  /** Another browser's user agent (say, WeChat's built-in one). */
  userAgent?: string;
}

/** A fresh browser profile (its own IndexedDB, caches and service worker) for each test. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const baseURL = options.baseURL ?? inject('baseURL');
  const profileDir = mkdtempSync(join(tmpdir(), 'yibao-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    viewport: options.viewport ?? { width: 390, height: 844 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    baseURL,
    serviceWorkers: 'allow',
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    baseURL,
    requests,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a route and waits until the screen itself is on the page: its heading, and the document named after
 * it (PageHeader does that once the app runs; the prerendered first paint may already show a heading).
 */
export async function openRoute(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'load' });
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => {
    const heading = document.querySelector('main h1');
    return heading !== null && document.title.startsWith(`${heading.textContent} · `);
  });
}

/** Headings of what is not a screen: "page not found" and a screen that could not open, in every language. */
const NOT_A_SCREEN = LANGUAGES.flatMap((lng) => {
  const common = JSON.parse(readFileSync(join(process.cwd(), 'locales', lng, 'common.json'), 'utf8')) as {
    notFound: { title: string };
    routeError: { title: string; chunkTitle: string };
  };
  return [common.notFound.title, common.routeError.title, common.routeError.chunkTitle];
});

/**
 * Opens a screen of the app (openRoute) and checks it is that screen: not "page not found", and not the
 * message of a screen whose code could not be loaded or run (shown in the same frame, under an h1 too).
 */
export async function openScreen(page: Page, path: string) {
  await openRoute(page, path);
  const heading = (await page.locator('main h1').first().textContent())?.trim();
  expect(NOT_A_SCREEN, `${path} shows its own screen, not "${heading}"`).not.toContain(heading);
}

/** The service worker controls the page after one reload (registerType 'prompt' does not claim clients). */
export async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** A new browser profile for each test of the file, closed after each test. */
export function sessionPerTest() {
  let current: Session | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options: SessionOptions = {}) => {
    current = await openSession(options);
    return current;
  };
}

/** One browser profile shared by the tests of a describe block (opened before, closed after). */
export function sharedSession(options: SessionOptions = {}): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The shared session is not open yet');
    return session;
  };
}
