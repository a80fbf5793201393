#!/usr/bin/env node
// npm run bench [-- --json] [-- --runs N] [-- --lighthouse-runs N] [-- --no-lighthouse] [-- --languages en,zh]
// Builds once, then measures the production app beside a bare Vite + React page built by this script from
// tests/bench/bare, in Debian's Chromium with 4x CPU throttling. Prints a table, or JSON with --json.
// These machines are noisy: read the ratios, not the milliseconds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, createServer, preview } from 'vite';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const withLighthouse = !args.includes('--no-lighthouse');
/** The app's loads and Lighthouse runs are measured in each of these languages (`--languages en,zh`). */
const languages = args.includes('--languages')
  ? args[args.indexOf('--languages') + 1].split(',')
  : ['en', 'zh'];
const BROWSER_LOCALE = { en: 'en-US', zh: 'zh-CN', es: 'es-ES' };
const lighthouseRuns = args.includes('--lighthouse-runs')
  ? Number(args[args.indexOf('--lighthouse-runs') + 1]) || 3
  : 3;
// Debian's Chromium and its flags, as the browser tests use them (tests/e2e/chromium.ts, loaded in main()).
let CHROMIUM;
let CHROMIUM_ARGS;
const CPU_SLOWDOWN = 4;
const log = (message) => {
  if (!asJson) process.stderr.write(`${message}\n`);
};
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/** Paint, LCP, layout shifts and long tasks, recorded from the first byte of every page. */
function observePage() {
  const metrics = { lcp: 0, cls: 0, longTasks: [], ready: null };
  window.__bench = metrics;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) metrics.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) metrics.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) metrics.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // "Ready": the app runs and shows the screen, which then names the document after its heading (the
  // prerendered first paint may show a heading before that); for the bare page, its <h1>.
  const check = () => {
    if (metrics.ready !== null) return;
    const heading = document.querySelector('main h1');
    const screen = heading !== null && document.title.startsWith(`${heading.textContent} · `);
    if (!screen && !document.querySelector('#root > h1')) return;
    metrics.ready = performance.now();
    window.__benchReady(); // tells the harness without it touching the page (openBrowser)
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

async function openBrowser(profileDir, language = 'en') {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: BROWSER_LOCALE[language] ?? language,
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'allow',
  });
  // The page says when it is ready through a binding, so the harness waits without running anything in it.
  // Polling instead (page.waitForFunction) injects Playwright's own script and runs it on every frame: at 4x
  // slowdown some 50 ms of main-thread work, landing in the app's start-up (its code runs after the load
  // event) but after the bare page is already ready (its code runs before). Measured on 2026-11-30 at
  // 3f840d3, polled against told: the app's cold "ready" 918 against 790 ms, the bare page's 384 against 382
  // (docs/benchmarks.md).
  let onReady = () => {};
  await context.exposeBinding('__benchReady', () => onReady());
  /** Resolves when the next page to load in this browser is ready; call it before that load starts. */
  const nextReady = () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The page was not ready within 60 s')), 60_000);
      onReady = () => {
        clearTimeout(timer);
        onReady = () => {};
        resolve();
      };
    });
  await context.addInitScript(observePage);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, nextReady };
}

async function throttle(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function pageMetrics(page, ready) {
  await ready;
  await page.waitForTimeout(300); // let LCP and layout shifts settle
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      fcp: fcp ? fcp.startTime : null,
      lcp: window.__bench.lcp,
      ready: window.__bench.ready,
      load: nav ? nav.loadEventEnd : null,
      cls: window.__bench.cls,
      maxTask: Math.max(0, ...window.__bench.longTasks),
    };
  });
}

/** One load of `url` in a new browser profile: cold, warm (second visit) or offline. */
async function measureOnce({ url, withServiceWorker, language }, kind) {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-'));
  const { context, page, nextReady } = await openBrowser(dir, language);
  try {
    if (kind !== 'cold') {
      await page.goto(url, { waitUntil: 'load' });
      if (withServiceWorker) {
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
      }
      await page.reload({ waitUntil: 'load' }); // from now on controlled by the service worker, if any
      if (withServiceWorker) {
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
          timeout: 30_000,
        });
      }
      if (kind === 'offline') await context.setOffline(true);
    }
    await throttle(context, page, CPU_SLOWDOWN);
    const ready = nextReady();
    ready.catch(() => {}); // awaited below; if the load itself fails first, its timeout must not crash the run
    if (kind === 'cold') await page.goto(url, { waitUntil: 'load' });
    else await page.reload({ waitUntil: 'load' });
    return await pageMetrics(page, ready);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One kind of load of each target, `runs` times. The targets take turns, run after run, so that a machine
 * that slows down or speeds up meanwhile moves them all alike and their ratios stay fair.
 */
async function measureLoads(targets, kind) {
  const results = targets.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    for (const [k, target] of targets.entries()) results[k].push(await measureOnce(target, kind));
  }
  return results.map((list) => {
    const pick = (key) => median(list.map((r) => r[key]));
    return {
      fcp: pick('fcp'),
      lcp: pick('lcp'),
      ready: pick('ready'),
      load: pick('load'),
      cls: Math.max(...list.map((r) => r.cls)),
    };
  });
}

/** Imports a backup through Settings, as a person would, then opens the to-do list. */
async function measureImport(appUrl, file, slowdown) {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-'));
  const { context, page } = await openBrowser(dir);
  try {
    await page.goto(`${appUrl}/settings?lng=en`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Export backup' }).waitFor();
    if (slowdown > 1) await throttle(context, page, slowdown);
    await page.evaluate(() => {
      window.__bench.longTasks = [];
    });
    const start = Date.now();
    await page.getByLabel('Import backup').setInputFiles(file);
    await page.getByLabel(/Replace/).check({ timeout: 120_000 });
    const previewed = Date.now();
    await page.getByRole('button', { name: 'Import now' }).click();
    await page.getByText(/Restored/).waitFor({ timeout: 120_000 });
    const imported = Date.now();
    const importTasks = await page.evaluate(() => Math.max(0, ...window.__bench.longTasks));

    // The to-do list for everyone: an in-app navigation, as a person would tap "To-do".
    await page.evaluate(() => {
      window.__bench.longTasks = [];
    });
    const before = Date.now();
    await page.getByRole('link', { name: 'To-do' }).first().click();
    await page.locator('main h1').waitFor();
    await page.locator('main li').first().waitFor({ timeout: 120_000 });
    const rendered = Date.now();
    const items = await page.locator('main li').count();
    // What the list goes on doing once its first items show (the rest of a long list) counts too.
    await page.waitForTimeout(2_000);
    const renderTasks = await page.evaluate(() => Math.max(0, ...window.__bench.longTasks));

    // Typing a name on the profile form, a key at a time as a thumb types, with every record on the phone.
    await page.goto(`${appUrl}/profile?add=1`, { waitUntil: 'load' });
    const name = page.getByLabel('Full name');
    await name.waitFor({ timeout: 120_000 });
    await page.waitForTimeout(2_000); // the screen's own start-up is not typing
    await page.evaluate(() => {
      window.__bench.longTasks = [];
    });
    await name.click();
    await name.pressSequentially('Wang Xiaoming Chen', { delay: 80 });
    await page.waitForTimeout(500);
    const typingTasks = await page.evaluate(() => Math.max(0, ...window.__bench.longTasks));
    return {
      readAndPreviewMs: previewed - start,
      importMs: imported - previewed,
      importMaxTaskMs: importTasks,
      timelineMs: rendered - before,
      timelineItems: items,
      timelineMaxTaskMs: renderTasks,
      typingMaxTaskMs: typingTasks,
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function lighthouseRun(url) {
  let lighthouse;
  let launcher;
  try {
    lighthouse = (await import('lighthouse')).default;
    launcher = await import('chrome-launcher');
  } catch {
    return null;
  }
  const chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    // A run that could not measure the page (a runtime error such as a protocol timeout on a busy machine)
    // has no score: it is tried again (lighthouseSeries), never counted as a score of 0.
    if (result.lhr.runtimeError || result.lhr.categories.performance.score === null)
      return { failed: result.lhr.runtimeError?.code ?? 'no score' };
    const audits = result.lhr.audits;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Lighthouse scores one run at a time, and one run on a noisy machine can land anywhere: `runs` separate
 * runs, each a complete one (its own browser), summarised as medians with every score kept.
 */
async function lighthouseSeries(url, runs) {
  const results = [];
  let failed = 0;
  while (results.length < runs) {
    const result = await lighthouseRun(url);
    if (!result) return null;
    if (result.failed) {
      failed += 1;
      log(`  a Lighthouse run failed (${result.failed}); trying again`);
      if (failed > runs) throw new Error(`Lighthouse failed ${failed} times on ${url}`);
      continue;
    }
    results.push(result);
  }
  return {
    score: median(results.map((r) => r.score)),
    scores: results.map((r) => r.score),
    lcp: median(results.map((r) => r.lcp)),
    fcp: median(results.map((r) => r.fcp)),
    cls: Math.max(...results.map((r) => r.cls)),
    tbt: median(results.map((r) => r.tbt)),
    tbtMax: Math.max(...results.map((r) => r.tbt)),
    runs: results,
  };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'yibao-bench-'));
  const bareDir = join(work, 'bare');
  const tools = await createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
    // chinese-days is CommonJS for Node: its ES module build, as the app's bundle takes it, so that the
    // engine's named imports (holiday-estimate.ts) load here too.
    ssr: { noExternal: ['chinese-days'], resolve: { mainFields: ['module', 'main'] } },
  });
  let appServer;
  let bareServer;
  try {
    const { firstLoad, screenLoad, buildBarePage, FIRST_LOAD_BUDGET, FIRST_LOAD_WITH_WORDS_BUDGET } =
      await tools.ssrLoadModule('/tests/bench/first-load.ts');
    const { timeEngine, familyBackup } = await tools.ssrLoadModule('/tests/bench/bench-helpers.ts');
    const browser = await tools.ssrLoadModule('/tests/e2e/chromium.ts');
    CHROMIUM = browser.chromiumPath();
    CHROMIUM_ARGS = browser.CHROMIUM_ARGS;

    log('Building the app and the bare page…');
    process.env.NODE_ENV = 'production';
    await build({ logLevel: 'warn', mode: 'production' });
    await buildBarePage(bareDir);
    const app = firstLoad('dist');
    const bare = firstLoad(bareDir);
    const homeScreen = screenLoad('dist', 'timeline-route');

    log('Timeline engine…');
    const engine = timeEngine([10, 100, 1_000, 10_000]);

    appServer = await preview({ logLevel: 'warn', preview: { port: 4319, strictPort: false } });
    bareServer = await preview({
      configFile: false,
      logLevel: 'warn',
      build: { outDir: bareDir },
      preview: { host: '127.0.0.1', port: 4320, strictPort: false },
    });
    const appUrl = appServer.resolvedUrls.local[0].replace(/\/$/, '');
    const bareUrl = bareServer.resolvedUrls.local[0].replace(/\/$/, '');

    const loads = {};
    for (const kind of ['cold', 'warm', 'offline']) {
      log(`${kind} loads (${runs} runs each, CPU ${CPU_SLOWDOWN}x slower)…`);
      // The browser's own language picks the app's on a first visit; ?lng= would be one more navigation.
      const targets = languages.map((language) => ({ url: `${appUrl}/`, withServiceWorker: true, language }));
      if (kind !== 'offline') targets.push({ url: `${bareUrl}/`, withServiceWorker: false, language: 'en' });
      const measured = await measureLoads(targets, kind);
      loads[kind] = {
        app: Object.fromEntries(languages.map((language, k) => [language, measured[k]])),
        bare: kind === 'offline' ? null : measured[languages.length],
      };
    }

    const imports = {};
    for (const records of [10, 1_000, 10_000]) {
      log(`Importing a backup of ${records} records…`);
      const file = join(work, `backup-${records}.json`);
      writeFileSync(file, familyBackup(10, records));
      imports[records] = {
        machine: await measureImport(appUrl, file, 1),
        throttled: await measureImport(appUrl, file, CPU_SLOWDOWN),
      };
    }

    let lighthouse = null;
    if (withLighthouse) {
      log(`Lighthouse (mobile, ${lighthouseRuns} separate runs each)…`);
      const appLh = {};
      for (const language of languages) {
        const series = await lighthouseSeries(`${appUrl}/?lng=${language}`, lighthouseRuns);
        if (series) appLh[language] = series;
      }
      lighthouse = Object.keys(appLh).length
        ? { app: appLh, bare: await lighthouseSeries(`${bareUrl}/`, lighthouseRuns) }
        : null;
      if (!lighthouse) log('Lighthouse is not installed: skipped.');
    }

    const report = {
      firstLoad: {
        app,
        bare,
        ratio: app.js / bare.js,
        budget: FIRST_LOAD_BUDGET,
        withWordsBudget: FIRST_LOAD_WITH_WORDS_BUDGET,
      },
      homeScreen,
      loads,
      engine,
      imports,
      lighthouse,
      cpuSlowdown: CPU_SLOWDOWN,
      runs,
      languages,
    };
    if (asJson) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printTable(report);
    return report;
  } finally {
    await appServer?.close();
    await bareServer?.close();
    await tools.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function printTable(r) {
  const print = (text) => process.stdout.write(`${text}\n`);
  const rows = [];
  const ratio = (a, b) => (a != null && b ? `${(a / b).toFixed(2)}×` : '');
  const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`);
  const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
  // The first load's ratios to three places: its budgets (tests/bench/first-load.ts) are that fine.
  const fine = (a, b, budget) => `${(a / b).toFixed(3)}× (budget ${budget}×)`;
  rows.push([
    'first-load JS (gzip)',
    `${kb(r.firstLoad.app.js)} (${r.firstLoad.app.js} B)`,
    `${kb(r.firstLoad.bare.js)} (${r.firstLoad.bare.js} B)`,
    fine(r.firstLoad.app.js, r.firstLoad.bare.js, r.firstLoad.budget),
  ]);
  rows.push(['HTML (gzip, with frame and CSS)', kb(r.firstLoad.app.html), kb(r.firstLoad.bare.html), '']);
  rows.push(['start-up words, one language (gzip)', kb(r.firstLoad.app.words), '–', '']);
  rows.push([
    'first-load JS with those words (gzip)',
    kb(r.firstLoad.app.js + r.firstLoad.app.words),
    kb(r.firstLoad.bare.js),
    fine(r.firstLoad.app.js + r.firstLoad.app.words, r.firstLoad.bare.js, r.firstLoad.withWordsBudget),
  ]);
  rows.push([
    'home screen: scripts beyond the first load (gzip)',
    `${r.homeScreen.files.length} files, ${kb(r.homeScreen.js)}`,
    '–',
    '',
  ]);
  for (const kind of ['cold', 'warm', 'offline']) {
    const { bare } = r.loads[kind];
    for (const [language, app] of Object.entries(r.loads[kind].app)) {
      for (const key of ['fcp', 'lcp', 'ready']) {
        rows.push([
          `${kind} load (${language}): ${key}`,
          ms(app[key]),
          bare ? ms(bare[key]) : '–',
          bare ? ratio(app[key], bare[key]) : '',
        ]);
      }
      rows.push([
        `${kind} load (${language}): CLS (worst run)`,
        app.cls.toFixed(3),
        bare ? bare.cls.toFixed(3) : '–',
        '',
      ]);
    }
  }
  let previous;
  for (const { records, ms: time } of r.engine) {
    rows.push([
      `engine, 10 people, ${records} records`,
      `${time.toFixed(2)} ms`,
      '',
      previous ? `${(time / previous).toFixed(1)}× the last` : '',
    ]);
    previous = time;
  }
  // Issue 9: no main-thread task over 50 ms on the benchmark machine (unthrottled).
  const longestTask = (what, machineMs, throttledMs) => [
    `  longest main-thread task ${what}`,
    `${Math.round(machineMs)} ms`,
    `${Math.round(throttledMs)} ms at ${r.cpuSlowdown}x`,
    // The verdict is on the unthrottled number (the app column), not on the one at 4x beside it.
    machineMs <= 50 ? 'ok (unthrottled ≤ 50 ms)' : 'OVER 50 ms unthrottled',
  ];
  for (const [records, { machine, throttled }] of Object.entries(r.imports)) {
    rows.push([
      `import ${records} records (read+preview / write)`,
      `${machine.readAndPreviewMs} / ${machine.importMs} ms`,
      `${throttled.readAndPreviewMs} / ${throttled.importMs} ms at ${r.cpuSlowdown}x`,
      '',
    ]);
    rows.push(longestTask('while importing', machine.importMaxTaskMs, throttled.importMaxTaskMs));
    rows.push([
      `  to-do list after import (${machine.timelineItems} items)`,
      `${machine.timelineMs} ms`,
      `${throttled.timelineMs} ms at ${r.cpuSlowdown}x`,
      '',
    ]);
    rows.push(longestTask('rendering it', machine.timelineMaxTaskMs, throttled.timelineMaxTaskMs));
    // Issue 36: at the phone's speed (4x), opening the to-do ≤ 100 ms a task, typing ≤ 50 ms.
    rows.push([
      `  longest task opening the to-do, at ${r.cpuSlowdown}x`,
      '',
      `${Math.round(throttled.timelineMaxTaskMs)} ms`,
      throttled.timelineMaxTaskMs <= 100 ? 'ok (≤ 100 ms)' : 'OVER 100 ms',
    ]);
    rows.push([
      `  longest task typing a name on /profile, at ${r.cpuSlowdown}x`,
      `${Math.round(machine.typingMaxTaskMs)} ms`,
      `${Math.round(throttled.typingMaxTaskMs)} ms`,
      throttled.typingMaxTaskMs <= 50 ? 'ok (≤ 50 ms)' : 'OVER 50 ms',
    ]);
  }
  if (r.lighthouse) {
    const { bare } = r.lighthouse;
    const scores = (x) =>
      `${x.score} (${x.scores.filter((score) => score === 100).length} of ${x.scores.length} runs at 100)`;
    for (const [language, app] of Object.entries(r.lighthouse.app)) {
      rows.push([
        `Lighthouse performance (mobile, ${language}), median`,
        scores(app),
        bare ? scores(bare) : '–',
        '',
      ]);
      rows.push([
        `Lighthouse LCP (${language}), median`,
        ms(app.lcp),
        bare ? ms(bare.lcp) : '–',
        bare ? ratio(app.lcp, bare.lcp) : '',
      ]);
      rows.push([
        `Lighthouse CLS (${language}), worst run`,
        app.cls.toFixed(3),
        bare ? bare.cls.toFixed(3) : '–',
        '',
      ]);
      rows.push([
        `Lighthouse total blocking time (${language}), median (worst)`,
        `${ms(app.tbt)} (${ms(app.tbtMax)})`,
        bare ? `${ms(bare.tbt)} (${ms(bare.tbtMax)})` : '–',
        '',
      ]);
    }
  }
  const header = ['what', 'app', 'bare page', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  print(line(header));
  print(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) print(line(row));
}

await main();
