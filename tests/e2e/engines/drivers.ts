import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

/**
 * The three engines the app is tested in, each from Debian's packages and driven by a kept library:
 * - chromium: Debian's `chromium`, driven by playwright-core (as the rest of the browser tests);
 * - webkit: WebKitGTK's MiniBrowser from `webkit2gtk-driver`, driven by WebdriverIO through
 *   WebKitWebDriver, in an Xvfb display (`xvfb`) — the engine of every iPhone browser;
 * - firefox: Debian's `firefox-esr`, driven by puppeteer-core over WebDriver BiDi;
 * - and WebKit at a phone's width: WPE WebKit's `cog` through WPEWebDriver (`cog`, `wpewebkit-driver`),
 *   for the layout checks MiniBrowser's wide window cannot make (`openWebKitAtWidth`).
 * Tests never use these drivers directly: they name an engine (engine.ts).
 */
export type EngineName = 'chromium' | 'webkit' | 'firefox';
export const ENGINES: readonly EngineName[] = ['chromium', 'webkit', 'firefox'];

const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const COG = process.env.WPE_COG ?? '/usr/bin/cog';
const WPE_DRIVER = process.env.WPE_WEBDRIVER ?? '/usr/bin/WPEWebDriver';

/** What WebKit at a phone's width (WPE's cog) needs that this machine lacks; null when ready. */
export function missingWebKitAtWidth(): string | null {
  const packages = [
    ...new Set(
      [
        [COG, 'cog'],
        [WPE_DRIVER, 'wpewebkit-driver'],
      ]
        .filter(([path]) => !existsSync(path!))
        .map(([, pkg]) => pkg),
    ),
  ];
  return packages.length === 0 ? null : `apt-get install -y ${packages.join(' ')}`;
}

/** What an engine needs that this machine lacks, with the command that installs it; null when ready. */
export function missingEngine(engine: EngineName): string | null {
  const need: Record<EngineName, [string, string][]> = {
    chromium: [[chromiumPath(), 'chromium']],
    webkit: [
      [WEBKIT_DRIVER, 'webkit2gtk-driver'],
      [MINIBROWSER, 'webkit2gtk-driver'],
      [XVFB, 'xvfb'],
    ],
    firefox: [[FIREFOX, 'firefox-esr']],
  };
  const packages = [...new Set(need[engine].filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))];
  return packages.length === 0 ? null : `apt-get install -y ${packages.join(' ')}`;
}

export interface DriverOptions {
  /** The browser's language, as a BCP 47 tag ("en-US", "zh-CN", "es-ES"). */
  locale: string;
  timezoneId: string;
  width: number;
  height: number;
}

/** The few things the tests ask of a browser; the rest (finding by role and name) is done in the page. */
export interface Driver {
  goto: (url: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Runs `fn` in the page with one serializable argument; a promise it returns is awaited. */
  evaluate: <A, R>(fn: (arg: A) => R, arg: A) => Promise<Awaited<R>>;
  /** A real click (pointer down and up) at the element's centre, as the engine's driver does it. */
  click: (selector: string) => Promise<void>;
  /** Types into the (emptied) element, key by key where the driver does so. */
  type: (selector: string, text: string) => Promise<void>;
  upload: (selector: string, file: string) => Promise<void>;
  close: () => Promise<void>;
}

export function openDriver(engine: EngineName, options: DriverOptions): Promise<Driver> {
  if (engine === 'chromium') return openChromium(options);
  if (engine === 'webkit') return openWebKit(options);
  return openFirefox(options);
}

/** A page of playwright-core or puppeteer-core, which name loading and evaluating alike. */
interface LoadingPage {
  goto: (url: string, options: { waitUntil: 'load' }) => Promise<unknown>;
  reload: (options: { waitUntil: 'load' }) => Promise<unknown>;
  evaluate: (fn: never, arg: never) => Promise<unknown>;
}

function loadAndEvaluate(page: LoadingPage): Pick<Driver, 'goto' | 'reload' | 'evaluate'> {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
  };
}

async function openChromium(options: DriverOptions): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'yibao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    locale: options.locale,
    timezoneId: options.timezoneId,
    viewport: { width: options.width, height: options.height },
    serviceWorkers: 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    ...loadAndEvaluate(page),
    click: (selector) => page.locator(selector).click(),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    upload: (selector, file) => page.locator(selector).setInputFiles(file),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function openFirefox(options: DriverOptions): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'yibao-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    env: { ...process.env, TZ: options.timezoneId },
    extraPrefsFirefox: { 'intl.accept_languages': options.locale, 'intl.locale.requested': options.locale },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: options.width, height: options.height });
  return {
    ...loadAndEvaluate(page),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    upload: async (selector, file) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`No ${selector} to upload into`);
      await (input as unknown as { uploadFile: (path: string) => Promise<void> }).uploadFile(file);
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One X display for the WebKit sessions of this test process, started on first use. */
let display: Promise<string> | undefined;
function xDisplay(): Promise<string> {
  display ??= new Promise<string>((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.unref();
    process.on('exit', () => xvfb.kill());
  });
  return display;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function openWebKit(options: DriverOptions): Promise<Driver> {
  const browser = await webDriverSession(
    WEBKIT_DRIVER,
    options,
    { DISPLAY: await xDisplay() },
    {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  );
  await browser.setWindowSize(options.width, options.height);
  return webDriverPage(browser);
}

/**
 * WebKit at a phone's width (`openWebKitAtWidth`): WPE WebKit's cog, with no window to size, lays the
 * page out in its 800 px wide output; a page zoom of 800/width makes that `width` CSS px, as on a phone
 * (media queries, wrapping and overflow all follow the CSS viewport). MiniBrowser's window will not shrink
 * below about 447 px, so the other WebKit journeys cannot check a phone's width.
 */
const COG_OUTPUT_WIDTH = 800;

export async function openWebKitAtWidth(options: DriverOptions): Promise<Driver> {
  // Half a pixel over, so the rounded viewport is not one pixel under the width.
  const scale = COG_OUTPUT_WIDTH / (options.width + 0.5);
  const browser = await webDriverSession(
    WPE_DRIVER,
    options,
    {},
    {
      browserName: 'cog',
      'wpe:browserOptions': {
        binary: COG,
        args: ['--automation', '--platform=headless', `--scale=${scale}`],
      },
    },
  );
  // cog's headless output takes no pointer input through WebDriver ("element not interactable"): here a
  // click is the element's own click(). This page is for layout checks; the journeys tap for real.
  return {
    ...webDriverPage(browser),
    click: async (selector) => {
      await browser.execute((s: string) => (document.querySelector(s) as HTMLElement).click(), selector);
    },
  };
}

/** Starts a WebKit WebDriver (GTK's or WPE's) on a free port, and opens a session once it listens. */
async function webDriverSession(
  executable: string,
  options: DriverOptions,
  env: Record<string, string>,
  capabilities: Record<string, unknown>,
): Promise<WebdriverIO.Browser & { stopDriver: () => void }> {
  const port = await freePort();
  const language = options.locale.replace('-', '_');
  const driver: ChildProcess = spawn(executable, [`--port=${port}`], {
    stdio: 'ignore',
    env: {
      ...process.env,
      ...env,
      TZ: options.timezoneId,
      LANG: `${language}.UTF-8`,
      LANGUAGE: language,
    },
  });
  const stopDriver = () => driver.kill();
  process.on('exit', stopDriver);
  try {
    const browser = await connect(port, capabilities);
    return Object.assign(browser, {
      stopDriver: () => {
        stopDriver();
        process.off('exit', stopDriver);
      },
    });
  } catch (error) {
    stopDriver();
    process.off('exit', stopDriver);
    throw error;
  }
}

/** The Driver of a WebdriverIO session. */
function webDriverPage(browser: WebdriverIO.Browser & { stopDriver: () => void }): Driver {
  const element = (selector: string) => browser.$(selector);
  return {
    goto: (url) => browser.url(url).then(() => undefined),
    reload: () => browser.refresh(),
    evaluate: (fn, arg) => browser.execute(fn as never, arg) as never,
    click: async (selector) => (await element(selector)).click(),
    type: async (selector, text) => (await element(selector)).addValue(text),
    upload: async (selector, file) => (await element(selector)).addValue(file),
    close: async () => {
      await browser.deleteSession().catch(() => undefined);
      browser.stopDriver();
    },
  };
}

/** A WebDriver session with a WebKit WebDriver, once it listens (it takes a moment to start). */
async function connect(port: number, capabilities: Record<string, unknown>): Promise<WebdriverIO.Browser> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        connectionRetryCount: 0,
        capabilities: {
          ...capabilities,
          // WebKit's WebDrivers speak classic WebDriver; their BiDi is not complete enough to ask for.
          'wdio:enforceWebDriverClassic': true,
        } as WebdriverIO.Capabilities,
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
