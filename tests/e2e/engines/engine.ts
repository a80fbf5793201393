import { afterEach } from 'vitest';
import {
  openDriver,
  openWebKitAtWidth as openWebKitDriverAtWidth,
  type Driver,
  type EngineName,
} from './drivers';

export { ENGINES, missingEngine, missingWebKitAtWidth, type EngineName } from './drivers';

/** What a person sees a control by: its role and its accessible name (exact text, or a pattern). */
export interface Target {
  role: 'button' | 'link' | 'textbox' | 'checkbox' | 'combobox' | 'heading' | 'file';
  name: string | RegExp;
}

export interface EngineOptions {
  locale?: string;
  timezoneId?: string;
  width?: number;
  height?: number;
}

/** A page in one engine, driven the same way whatever the engine and its driver. */
export interface EnginePage {
  engine: EngineName;
  goto: (path: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Runs `fn` in the page (it must not use anything from outside it); a returned promise is awaited. */
  evaluate: <A, R>(fn: (arg: A) => R, arg: A) => Promise<Awaited<R>>;
  /** Waits until `fn` returns a truthy value in the page (polled), and returns it. */
  waitFor: <A, R>(
    fn: (arg: A) => R,
    arg: A,
    what: string,
    timeout?: number,
  ) => Promise<NonNullable<Awaited<R>>>;
  /** Waits until the screen's own heading is `name` and the document is named after it. */
  waitForScreen: (name?: string | RegExp, timeout?: number) => Promise<string>;
  /** Waits until the text of `main` (or of the whole page) matches. */
  waitForText: (text: string | RegExp, where?: 'main' | 'page') => Promise<void>;
  click: (target: Target) => Promise<void>;
  /** Types into a text field (found by its label) after emptying it; a date field is set as a picker would. */
  fill: (label: string | RegExp, value: string) => Promise<void>;
  /** Chooses the option with this visible label in a select (found by its label). */
  select: (label: string | RegExp, option: string | RegExp) => Promise<void>;
  /** The current value of a field (found by its label). */
  valueOf: (label: string | RegExp) => Promise<string>;
  check: (label: string | RegExp) => Promise<void>;
  isChecked: (label: string | RegExp) => Promise<boolean>;
  upload: (label: string | RegExp, file: string) => Promise<void>;
  /** The uncaught errors and unhandled rejections of every page this tab showed (page-errors.js). */
  pageErrors: () => Promise<string[]>;
  /** How far the page is wider than the screen, in CSS pixels (0 when nothing overflows). */
  overflow: () => Promise<number>;
  close: () => Promise<void>;
}

type Name = string | { source: string; flags: string };
const serialize = (name: string | RegExp): Name =>
  typeof name === 'string' ? name : { source: name.source, flags: name.flags };

/**
 * Marks the one visible element of `role` named `name` with data-engine-target, in the page, and returns
 * its selector, or null. The name is what assistive technology reads: aria-label, the labels of a field,
 * else its text; a string matches the whole (spaces folded), a pattern anywhere.
 */
function markTarget(arg: { role: Target['role']; name: Name; mark: string }): string | null {
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matches = (text: string) =>
    typeof arg.name === 'string'
      ? fold(text) === arg.name
      : new RegExp(arg.name.source, arg.name.flags).test(fold(text));
  const labelOf = (element: Element): string => {
    const aria = element.getAttribute('aria-label');
    if (aria) return aria;
    const by = element.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) {
      // A field's label without its hint or error lines (field.tsx puts them in the label's own spans).
      const label = labels[0]!;
      const own = label.querySelector('.field__label');
      return (own ?? label).textContent ?? '';
    }
    return (element as HTMLElement).innerText ?? element.textContent ?? '';
  };
  const selectors: Record<Target['role'], string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    textbox:
      'input:not([type]), input[type="text"], input[type="tel"], input[type="email"], input[type="date"], input[type="search"], input[type="number"], textarea',
    checkbox: 'input[type="checkbox"], input[type="radio"], [role="checkbox"]',
    combobox: 'select',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    file: 'input[type="file"]',
  };
  const visible = (element: Element) =>
    element.getClientRects().length > 0 ||
    // A file or check input styled away still belongs to its visible label.
    ((element as HTMLInputElement).labels?.[0]?.getClientRects().length ?? 0) > 0;
  const found = [...document.querySelectorAll(selectors[arg.role])].filter(
    (element) => visible(element) && matches(labelOf(element)),
  );
  for (const old of document.querySelectorAll('[data-engine-target]'))
    old.removeAttribute('data-engine-target');
  const element = found[0];
  if (!element) return null;
  element.setAttribute('data-engine-target', arg.mark);
  return `[data-engine-target="${arg.mark}"]`;
}

const describeTarget = (target: Target) => `${target.role} "${String(target.name)}"`;

let marks = 0;

function enginePage(engine: EngineName, driver: Driver, baseURL: string): EnginePage {
  const waitFor: EnginePage['waitFor'] = async (fn, arg, what, timeout = 20_000) => {
    const deadline = Date.now() + timeout;
    let last: unknown;
    for (;;) {
      try {
        last = await driver.evaluate(fn, arg);
        if (last) return last as never;
      } catch (error) {
        // A page between two documents (a reload, a navigation) cannot answer: ask again.
        last = error;
      }
      if (Date.now() > deadline) {
        const where = await driver
          .evaluate(
            () =>
              `${location.pathname}: ${(document.querySelector('main') ?? document.body).innerText.slice(0, 600)}`,
            undefined,
          )
          .catch(() => 'no page');
        throw new Error(
          `${engine}: timed out waiting for ${what} (last answer: ${String(last)}) on ${where}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const find = (target: Target) =>
    waitFor(
      markTarget,
      { role: target.role, name: serialize(target.name), mark: String(++marks) },
      describeTarget(target),
    );
  /** A form field by its label: a text box, a select, a check box or a file input. */
  const field = async (label: string | RegExp) => {
    const arg = { name: serialize(label), mark: String(++marks) };
    const deadline = Date.now() + 20_000;
    for (;;) {
      for (const role of ['textbox', 'combobox', 'checkbox', 'file'] as const) {
        const selector = await driver.evaluate(markTarget, { role, ...arg }).catch(() => null);
        if (selector) return selector;
      }
      if (Date.now() > deadline) throw new Error(`${engine}: no field "${String(label)}"`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const page: EnginePage = {
    engine,
    goto: (path) => driver.goto(`${baseURL}${path}`),
    reload: () => driver.reload(),
    evaluate: (fn, arg) => driver.evaluate(fn, arg),
    waitFor,
    waitForScreen: async (name, timeout) => {
      const heading = await waitFor(
        () => {
          const h1 = document.querySelector('main h1');
          const text = h1?.textContent?.trim() ?? '';
          return text !== '' && document.title.startsWith(`${text} · `) ? text : null;
        },
        undefined,
        'the screen to start',
        timeout,
      );
      if (name !== undefined) {
        await waitFor(
          (arg: Name) => {
            const text = document.querySelector('main h1')?.textContent?.trim() ?? '';
            return typeof arg === 'string' ? text === arg : new RegExp(arg.source, arg.flags).test(text);
          },
          serialize(name),
          `the screen "${String(name)}"`,
        );
      }
      return heading;
    },
    waitForText: async (text, where = 'main') => {
      await waitFor(
        (arg: { text: Name; where: string }) => {
          // The text content, not innerText: WebKit leaves out of innerText what content-visibility has not
          // rendered yet (the to-do's and the filings' items, off screen), which a person scrolls to and sees.
          const root = arg.where === 'main' ? document.querySelector('main') : document.body;
          const seen = root?.textContent ?? '';
          return typeof arg.text === 'string'
            ? seen.replace(/\s+/g, ' ').includes(arg.text)
            : new RegExp(arg.text.source, arg.text.flags).test(seen);
        },
        { text: serialize(text), where },
        `the text "${String(text)}"`,
      );
    },
    click: async (target) => {
      const selector = await find(target);
      // In the middle of the screen, as a person would have it before tapping: not under the tab bar.
      await driver.evaluate(
        (s: string) => document.querySelector(s)?.scrollIntoView({ block: 'center' }),
        selector,
      );
      await driver.click(selector);
    },
    fill: async (label, value) => {
      const selector = await field(label);
      const kind = await driver.evaluate(
        (arg: { selector: string; value: string }) => {
          const input = document.querySelector(arg.selector) as HTMLInputElement;
          // Emptied, or (a date) set whole, through the native setter so React sees an input event.
          const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
          const whole = input.type === 'date';
          setter.call(input, whole ? arg.value : '');
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          return whole ? 'set' : 'type';
        },
        { selector, value },
      );
      if (kind === 'type' && value !== '') await driver.type(selector, value);
      // Keys sent are not yet keys handled (WebKitWebDriver once answered with four characters of ten
      // still to come, and Save then stored the rest cut off): go on once the field holds it all, as a
      // person who sees what they typed.
      await waitFor(
        (arg: { selector: string; value: string }) =>
          (document.querySelector(arg.selector) as HTMLInputElement | null)?.value === arg.value,
        { selector, value },
        `${String(label)} to hold what was typed`,
      );
    },
    select: async (label, option) => {
      const selector = await field(label);
      const chosen = await driver.evaluate(
        (arg: { selector: string; option: Name }) => {
          const select = document.querySelector(arg.selector) as HTMLSelectElement;
          const wanted = [...select.options].find((o) =>
            typeof arg.option === 'string'
              ? o.label.trim() === arg.option
              : new RegExp(arg.option.source, arg.option.flags).test(o.label),
          );
          if (!wanted) return null;
          const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
          setter.call(select, wanted.value);
          select.dispatchEvent(new Event('change', { bubbles: true }));
          return wanted.value;
        },
        { selector, option: serialize(option) },
      );
      if (chosen === null) throw new Error(`${engine}: no option "${String(option)}" in "${String(label)}"`);
    },
    valueOf: async (label) => {
      const selector = await field(label);
      return driver.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement).value, selector);
    },
    check: async (label) => {
      const selector = await field(label);
      const checked = await driver.evaluate(
        (s: string) => (document.querySelector(s) as HTMLInputElement).checked,
        selector,
      );
      if (!checked) {
        await driver.evaluate(
          (s: string) => document.querySelector(s)?.scrollIntoView({ block: 'center' }),
          selector,
        );
        await driver.click(selector);
      }
    },
    isChecked: async (label) => {
      const selector = await field(label);
      return driver.evaluate(
        (s: string) => (document.querySelector(s) as HTMLInputElement).checked,
        selector,
      );
    },
    upload: async (label, file) => driver.upload(await field(label), file),
    pageErrors: () =>
      driver.evaluate(
        () => JSON.parse(sessionStorage.getItem('__engineErrors') ?? '[]') as string[],
        undefined,
      ),
    overflow: () =>
      driver.evaluate(
        () => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
        undefined,
      ),
    close: () => driver.close(),
  };
  return page;
}

/** Opens a fresh profile (its own IndexedDB, caches and service worker) of `engine` on `baseURL`. */
export async function openEngine(
  engine: EngineName,
  baseURL: string,
  options: EngineOptions = {},
): Promise<EnginePage> {
  const driver = await openDriver(engine, {
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    width: options.width ?? 390,
    height: options.height ?? 844,
  });
  return enginePage(engine, driver, baseURL);
}

/** A fresh page of WebKit laid out at a phone's `width` in CSS px (WPE's cog: drivers.ts). */
export async function openWebKitAtWidth(
  baseURL: string,
  width: number,
  options: Omit<EngineOptions, 'width' | 'height'> = {},
): Promise<EnginePage> {
  const driver = await openWebKitDriverAtWidth({
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    width,
    height: 844,
  });
  return enginePage('webkit', driver, baseURL);
}

/** A fresh page of `engine` for each test of the file, closed after it. */
export function enginePerTest(engine: EngineName) {
  let current: EnginePage | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (baseURL: string, options: EngineOptions = {}) => {
    current = await openEngine(engine, baseURL, options);
    return current;
  };
}
