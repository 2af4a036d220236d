// One small interface over the two drivers the project can use here: playwright-core for Debian's
// Chromium, puppeteer-core over WebDriver BiDi for Firefox ESR. Tests are written once against it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath, firefoxPath } from '../../../scripts/browsers.mjs';
import { timed, until, WAIT_MS } from './wait';

export type BrowserName = 'chromium' | 'firefox';

export const DIST = {
  // A bench may point at another build (QL_DIST_CHROMIUM) to compare before and after a change.
  chromium: process.env.QL_DIST_CHROMIUM ?? new URL('../../../dist/chrome', import.meta.url).pathname,
  firefox: new URL('../../../dist/firefox', import.meta.url).pathname,
};

const GECKO_ID = 'quotelight@quotelight.dev';
const FIREFOX_UUID = '6f1c2a8e-3b7d-4e59-9c0a-1d2e3f405162';

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page; fn must be self-contained (it is serialised). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Moves the real mouse pointer to viewport coordinates. */
  mouse(x: number, y: number): Promise<void>;
  /** A real click (trusted events) at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text with real key events into whatever has focus (in any frame). */
  type(text: string): Promise<void>;
  /**
   * Runs `fn(arg)` in the page's child frame whose URL contains `urlPart` (the extension's frame on
   * the page, which page scripts cannot reach); null when there is no such frame.
   */
  inFrame<A, R>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R | null>;
  /** Moves keyboard focus to `selector` inside that child frame (as the reader's click into it would). */
  focusInFrame(urlPart: string, selector: string): Promise<void>;
  reload(): Promise<void>;
  /** Emulates the reader's light or dark preference (`prefers-color-scheme`) for the page and its frames. */
  colorScheme(mode: 'light' | 'dark'): Promise<void>;
  /**
   * Runs a script's source in the page, or in its child frame whose URL contains `urlPart`, through the
   * driver (not the page's eval, which extension pages' CSP forbids); returns the last expression's value.
   */
  runScript(source: string, urlPart?: string): Promise<unknown>;
  /** Saves a PNG of the viewport, or of `clip` (viewport coordinates, CSS pixels) when given. */
  screenshot(path: string, clip?: Clip): Promise<void>;
  /** Messages the page wrote to its console, for "no errors from the extension" checks. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page such as `src/popup/index.html?tab=3`. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Stops the background as the browser does when it idles (Chromium's service worker); null where not possible. */
  stopBackground: (() => Promise<void>) | null;
  /** The tab id the extension sees for the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/** Runs in an extension page: the extension's own view of its tabs. */
async function queryTabId(url: string): Promise<number> {
  type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
  const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (g.browser ?? g.chrome)!;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab for ${url} among ${tabs.map((t) => t.url).join(', ')}`);
  return tab.id;
}

async function withExtensionPage<R>(b: TestBrowser, run: (p: TestPage) => Promise<R>): Promise<R> {
  const p = await b.openExtensionPage('src/library/index.html');
  try {
    return await run(p);
  } finally {
    await p.close();
  }
}

// ---------- Chromium via playwright-core ----------

function wrapPlaywright(page: PwPage): TestPage {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return {
    consoleErrors,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: async (sel, timeout = WAIT_MS) => void (await timed('waitFor', () => page.waitForSelector(sel, { timeout, state: 'attached' }))),
    text: async (sel) => (await page.textContent(sel)) ?? '',
    click: (sel) => page.click(sel),
    hover: (sel) => page.hover(sel),
    mouse: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text, { delay: 5 }),
    inFrame: async (part, fn, arg) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      return frame ? ((await frame.evaluate(fn as never, arg as never)) as never) : null;
    },
    focusInFrame: async (part, selector) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      if (!frame) throw new Error(`no frame ${part}`);
      await frame.focus(selector);
    },
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    colorScheme: (mode) => page.emulateMedia({ colorScheme: mode }),
    runScript: async (source, part) => {
      const frame = part === undefined ? page.mainFrame() : page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      if (!frame) throw new Error(`no frame ${part}`);
      return frame.evaluate(source);
    },
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    close: () => page.close(),
  };
}

export interface LaunchOptions {
  /**
   * The browser's interface language ("fr"); the extension's messages follow it. Unset: the
   * machine's, English here, which the tests that read English words expect.
   */
  uiLanguage?: string;
}

/** `extraArgs`: more Chromium flags (the bench asks for heap figures). */
export async function launchChromium(extraArgs: readonly string[] = [], options: LaunchOptions = {}): Promise<TestBrowser> {
  const lang = options.uiLanguage;
  const profile = mkdtempSync(join(tmpdir(), 'ql-chromium-'));
  let ctx: BrowserContext | undefined;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [`--disable-extensions-except=${DIST.chromium}`, `--load-extension=${DIST.chromium}`, ...CHROMIUM_QUIET_ARGS, ...(lang ? [`--lang=${lang}`] : []), ...extraArgs],
      // On Linux Chromium takes its UI language from LANGUAGE before --lang; pages get it as navigator.language.
      ...(lang ? { env: { ...process.env, LANGUAGE: lang }, locale: lang } : {}),
    });
    // Clicks, hovers and navigations wait as long as the waits on conditions do (see wait.ts).
    ctx.setDefaultTimeout(WAIT_MS);
    // Fixture pages only: nothing may leave the machine (localhost serves as a second site).
    await ctx.route(/^https?:\/\/(?!(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort());
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: WAIT_MS }));
    const extensionOrigin = sw.url().replace(/^(chrome-extension:\/\/[^/]+).*$/, '$1');
    const context = ctx;
    const b: TestBrowser = {
      name: 'chromium',
      extensionOrigin,
      newPage: async () => wrapPlaywright(await context.newPage()),
      openExtensionPage: async (path) => {
        const page = await context.newPage();
        const t = wrapPlaywright(page);
        await page.goto(`${extensionOrigin}/${path}`);
        return t;
      },
      tabIdOf: (url) => withExtensionPage(b, (p) => p.evaluate(queryTabId, url)),
      stopBackground: async () => {
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await cdp.detach();
      },
      close: async () => {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
      },
    };
    return b;
  } catch (e) {
    await ctx?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    throw e;
  }
}

// ---------- Firefox ESR via puppeteer-core (WebDriver BiDi) ----------

/** Polls the page's own document until it has loaded and `ready` holds (navigations in between are retried). */
async function untilLoaded(page: PpPage, ready: (state: { href: string; old: boolean }) => boolean): Promise<void> {
  const read = () =>
    page
      .evaluate(() => ({ href: location.href, complete: document.readyState === 'complete', old: (window as unknown as { __qlBeforeReload?: boolean }).__qlBeforeReload === true }))
      .catch(() => null); // the document went away mid-call: a navigation is under way
  const loaded = (v: { href: string; complete: boolean; old: boolean } | null) => !!v?.complete && ready(v);
  const state = await until(read, loaded);
  if (!loaded(state)) throw new Error(`the extension page did not load in ${WAIT_MS} ms (last seen: ${JSON.stringify(state)})`);
}

/** Firefox's errors for a navigation it aborted or ended on an error page of its own, not the test's. */
const ABORTED = /Address rejected|NS_BINDING_ABORTED|NS_ERROR_NET_RESET|netReset|navigation canceled/i;

/**
 * Navigates and waits for the load. Firefox now and then aborts a BiDi navigation it was asked for, or
 * shows a network error page for a local server under load ("Address rejected" is its name for an error
 * page it could not name; the class of puppeteer#12929); a CI run saw two in a row. So such a navigation
 * is asked for again until the page's own document has loaded at `url`, within the one deadline.
 */
async function gotoRetryingAborts(page: PpPage, url: string): Promise<void> {
  const end = Date.now() + WAIT_MS;
  let last: unknown;
  for (let attempt = 1; Date.now() < end; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'load', timeout: Math.max(1000, end - Date.now()) });
      return;
    } catch (e) {
      if (!ABORTED.test(String(e))) throw e;
      last = e;
      console.warn(`[e2e] Firefox aborted the navigation to ${url} (attempt ${attempt}): ${String(e).split('\n')[0]}`);
      // The error may be the browser's and the page may have loaded all the same.
      const state = await page.evaluate(() => ({ href: location.href, complete: document.readyState === 'complete' })).catch(() => null);
      if (state?.complete && state.href === url) return;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
  throw new Error(`Firefox did not load ${url} in ${WAIT_MS} ms: ${String(last)}`);
}

function wrapPuppeteer(page: PpPage): TestPage {
  const consoleErrors: string[] = [];
  page.setDefaultTimeout(WAIT_MS);
  let lastUrl = '';
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return {
    consoleErrors,
    goto: async (url) => {
      lastUrl = url;
      if (url.startsWith('moz-extension:')) {
        // Firefox never reports extension pages as loaded under automation: the navigation is started,
        // not awaited, and the page counts as loaded once its own document says so.
        void page.goto(url).catch(() => undefined);
        await untilLoaded(page, (state) => state.href.startsWith(url));
      } else {
        await gotoRetryingAborts(page, url);
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (sel, timeout = WAIT_MS) => void (await timed('waitFor', () => page.waitForSelector(sel, { timeout }))),
    text: (sel) => page.$eval(sel, (el) => el.textContent ?? ''),
    click: (sel) => page.click(sel),
    hover: (sel) => page.hover(sel),
    mouse: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: async (key) => {
      // Firefox sends keys only to the tab in front.
      await page.bringToFront();
      // Playwright's "Control+Enter" form: hold the modifiers, press the last key.
      const keys = key.split('+') as never[];
      const last = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(last);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    type: async (text) => {
      // Firefox sends keys only to the tab in front.
      await page.bringToFront();
      await page.keyboard.type(text, { delay: 5 });
    },
    inFrame: async (part, fn, arg) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      return frame ? ((await frame.evaluate(fn as never, arg)) as never) : null;
    },
    focusInFrame: async (part, selector) => {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      if (!frame) throw new Error(`no frame ${part}`);
      await page.bringToFront();
      await frame.focus(selector);
    },
    reload: async () => {
      // page.url() cannot be trusted here: Firefox never reports the extension page as navigated to.
      if (lastUrl.startsWith('moz-extension:')) {
        // As in goto: the document that was there is marked, and the reload is done when a fresh one has loaded.
        await page.evaluate(() => {
          (window as unknown as { __qlBeforeReload?: boolean }).__qlBeforeReload = true;
          location.reload();
        });
        await untilLoaded(page, (state) => !state.old);
      } else await page.reload({ waitUntil: 'load' });
    },
    colorScheme: (mode) => firefoxColorScheme(page, mode),
    runScript: async (source, part) => {
      const frame = part === undefined ? page.mainFrame() : page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
      if (!frame) throw new Error(`no frame ${part}`);
      return frame.evaluate(source);
    },
    screenshot: async (path, clip) => {
      // puppeteer reads a clip in document coordinates (Playwright: viewport); the interface takes viewport ones.
      const at = clip ? await page.evaluate(() => [window.visualViewport?.pageLeft ?? scrollX, window.visualViewport?.pageTop ?? scrollY]) : [0, 0];
      const box = clip ? { ...clip, x: clip.x + at[0]!, y: clip.y + at[1]! } : undefined;
      await page.screenshot({ path: path as `${string}.png`, clip: box });
    },
    close: () => page.close(),
  };
}

/**
 * Firefox's BiDi has no media emulation (puppeteer's emulateMediaFeatures needs CDP): the content
 * scheme is switched by its pref, live, from the chrome scope (the browser runs with
 * --remote-allow-system-access). It holds for every page of that browser, not only `page`.
 */
async function firefoxColorScheme(page: PpPage, mode: 'light' | 'dark'): Promise<void> {
  type Bidi = { send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; type?: string; exceptionDetails?: unknown } }> };
  const bidi = (page.browser() as unknown as { connection: Bidi }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('no chrome context to set the colour scheme from');
  // layout.css.prefers-color-scheme.content-override: 0 dark, 1 light.
  const r = await bidi.send('script.evaluate', {
    expression: `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${mode === 'dark' ? 0 : 1})`,
    target: { context },
    awaitPromise: false,
  });
  if (r.result.type === 'exception') throw new Error(`could not set the colour scheme: ${JSON.stringify(r.result.exceptionDetails)}`);
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<TestBrowser> {
  let browser: PpBrowser | undefined;
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Everything but loopback goes to a closed proxy port: fixture pages only.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': '127.0.0.1, localhost',
        'network.proxy.allow_hijacking_localhost': false,
        // The interface language (a language pack of it must be installed: see docs/i18n.md).
        ...(options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage, 'intl.accept_languages': options.uiLanguage } : {}),
      },
    });
    await browser.installExtension(DIST.firefox);
    const br = browser;
    const b: TestBrowser = {
      name: 'firefox',
      extensionOrigin,
      newPage: async () => wrapPuppeteer(await br.newPage()),
      openExtensionPage: async (path) => {
        const t = wrapPuppeteer(await br.newPage());
        await t.goto(`${extensionOrigin}/${path}`);
        return t;
      },
      tabIdOf: (url) => withExtensionPage(b, (p) => p.waitFor('#app').then(() => p.evaluate(queryTabId, url))),
      // Firefox keeps a temporary add-on's event page alive under automation; there is no switch to idle it.
      stopBackground: null,
      // puppeteer removes the temporary profile it created when the browser closes.
      close: async () => void (await br.close().catch(() => undefined)),
    };
    return b;
  } catch (e) {
    await browser?.close().catch(() => undefined);
    throw e;
  }
}

export const LAUNCHERS: Record<BrowserName, (options?: LaunchOptions) => Promise<TestBrowser>> = {
  chromium: (options) => launchChromium([], options),
  firefox: launchFirefox,
};
