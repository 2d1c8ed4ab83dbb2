/**
 * Firefox ESR with Liseuse installed, for the Firefox suite (tests/firefox/): the same jobs as
 * launch.ts, toolbar.ts and popup.ts do for Chromium, over WebDriver BiDi (puppeteer-core).
 *
 *   const ff = await launchFirefox();                  // fresh profile, the add-on installed temporarily
 *   const page = await ff.newTab(site.url('/page.html'));
 *   const popup = await ff.clickToolbar(page);         // the toolbar button's own code path
 *   await popup.waitFor((w) => w.document.querySelector('.save-status')?.getAttribute('data-state') === 'saved');
 *   await ff.close();
 *
 * BiDi has no command for an add-on's toolbar button, popup or context menu, so the harness runs
 * a few lines in the browser's own window (`moz:scope: chrome`, allowed by
 * --remote-allow-system-access): the action's triggerAction (what a click or the keyboard
 * shortcut runs: it opens the popup and grants activeTab), and the menu item's command. The popup
 * is no BiDi browsing context either; it is read from the test build's hooks page, an extension
 * page in the same process (`browser.extension.getViews({ type: 'popup' })`).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { TEST_PAGE } from './test-page';

/** Liseuse's add-on id (browser_specific_settings.gecko.id in wxt.config.ts). */
export const GECKO_ID = 'liseuse@liseuse.org';

/** The Firefox build of the extension in `outDir` (default `$LISEUSE_OUT_DIR`, else `.output-test`). */
export function firefoxExtensionDir(outDir = process.env.LISEUSE_OUT_DIR ?? '.output-test'): string {
  return resolve(outDir, 'firefox-mv3');
}

/** The raw BiDi connection under puppeteer-core's Browser. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** A function run in the popup's window, serialized: it may use only what it is given. */
export type InPopup<T> = (popup: Window) => T | Promise<T>;

/** The popup of one toolbar click, read from the hooks page. */
export interface FirefoxPopup {
  evaluate<T>(fn: InPopup<T>): Promise<T>;
  /** Resolves once `fn` returns a truthy value in the popup (polled; the popup may not exist yet). */
  waitFor(fn: InPopup<unknown>, timeoutMs?: number): Promise<void>;
  /** Closes the popup (as a click elsewhere would) and waits until it is gone. */
  close(): Promise<void>;
}

/** Firefox with Liseuse installed, in a fresh profile, with the hooks page open in a tab. */
export interface FirefoxExtension {
  browser: Browser;
  /** The hooks page (scripts/test-page/), opened first and left in a background tab. */
  testPage: Page;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** A new tab on `url` (a web page), loaded. */
  newTab(url: string): Promise<Page>;
  /** A new tab on one of Liseuse's pages, loaded (BiDi's load wait never ends for moz-extension:). */
  openExtensionPage(path: string): Promise<Page>;
  /** Takes `page` to one of Liseuse's pages and waits until it is loaded. */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /** Runs `expression` in the browser window (privileged) and returns its value, which must be JSON. */
  inBrowserWindow<T>(expression: string): Promise<T>;
  /** Clicks Liseuse's toolbar button on `page` (brought to front) and returns its popup. */
  clickToolbar(page: Page): Promise<FirefoxPopup>;
  /** Right-clicks the link `selector` in `page` and chooses "Save link to Liseuse" in the real context menu. */
  saveLinkFromMenu(page: Page, selector: string): Promise<void>;
  /** Right-clicks `selector` (not a link) in `page` and chooses "Save page to Liseuse" in the real context menu. */
  savePageFromMenu(page: Page, selector: string): Promise<void>;
  /**
   * Answers the add-on permission prompt Firefox shows (permissions.request): Allow or Don't
   * Allow, as the reader would click. Returns the prompt's text.
   */
  answerPermissionPrompt(allow: boolean): Promise<string>;
  /** Closes the browser; puppeteer deletes the profile. */
  close(): Promise<void>;
}

/**
 * Launches Firefox ESR (/usr/bin/firefox-esr, or $FIREFOX_PATH) headless in a fresh profile,
 * installs the test build of the extension temporarily, and opens its hooks page.
 */
export async function launchFirefox({ extension = firefoxExtensionDir() } = {}): Promise<FirefoxExtension> {
  if (!existsSync(join(extension, TEST_PAGE))) {
    throw new Error(
      `No Firefox test build at ${extension}: run \`npm run build:test -- -b firefox --mv3\` (or \`npm run test:firefox\`)`,
    );
  }
  // A known internal address per launch, so tests can open the extension's pages.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  try {
    await browser.installExtension(extension);
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
    const chromeContext = await browserWindowContext(connection);

    const inBrowserWindow = async <T>(expression: string): Promise<T> => {
      const { result } = await connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (async () => ${expression})() ?? null))()`,
        target: { context: chromeContext },
        awaitPromise: true,
      });
      const evaluated = result as EvaluateResult;
      if (evaluated.type === 'exception') throw new Error(`in the browser window: ${evaluated.exceptionDetails.text}`);
      return JSON.parse(String(evaluated.result.value)) as T;
    };

    const gotoExtensionPage = async (page: Page, path: string): Promise<void> => {
      const url = extensionUrl(path);
      await connection.send('browsingContext.navigate', { context: frameId(page), url, wait: 'none' });
      await page.waitForFunction(
        (href) => location.href === href && document.readyState === 'complete',
        { polling: 50 },
        url,
      );
      await page.evaluate(KEEP_NAMES);
    };

    const openExtensionPage = async (path: string): Promise<Page> => {
      const page = await browser.newPage();
      await gotoExtensionPage(page, path);
      return page;
    };

    const testPage = await openExtensionPage(TEST_PAGE);
    await testPage.waitForFunction(() => !!globalThis.liseuseTest, { polling: 50 });
    const popup = popupOf(testPage);

    // Right-clicks `selector` and activates Liseuse's item `menuId` in the real context menu.
    const chooseFromContextMenu = async (page: Page, selector: string, menuId: string) => {
      await page.bringToFront();
      await page.click(selector, { button: 'right' });
      const itemId = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-menuitem-_${menuId}`;
      await waitInBrowserWindow(
        inBrowserWindow,
        `document.getElementById('contentAreaContextMenu').state === 'open' && !!document.getElementById(${JSON.stringify(itemId)})`,
      );
      await inBrowserWindow(`(() => {
        const menu = document.getElementById('contentAreaContextMenu');
        menu.activateItem(document.getElementById(${JSON.stringify(itemId)}));
      })()`);
      await waitInBrowserWindow(
        inBrowserWindow,
        `document.getElementById('contentAreaContextMenu').state === 'closed'`,
      );
    };

    return {
      browser,
      testPage,
      extensionUrl,
      async newTab(url) {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      openExtensionPage,
      gotoExtensionPage,
      inBrowserWindow,
      async clickToolbar(page) {
        await page.bringToFront();
        if (await popup.evaluate((view) => !!view)) throw new Error('a popup is already open: close it first');
        await inBrowserWindow(`(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
          ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
        })()`);
        await popup.waitFor((view) => view.document.readyState === 'complete');
        return popup;
      },
      saveLinkFromMenu: (page, selector) => chooseFromContextMenu(page, selector, 'liseuse-save-link'),
      savePageFromMenu: (page, selector) => chooseFromContextMenu(page, selector, 'liseuse-save-page'),
      async answerPermissionPrompt(allow) {
        const prompt = `document.getElementById('addon-webext-permissions-notification')`;
        await waitInBrowserWindow(
          inBrowserWindow,
          `!!PopupNotifications.getNotification('addon-webext-permissions') && PopupNotifications.panel.state === 'open'`,
        );
        const text = await inBrowserWindow<string>(`${prompt}.textContent.replace(/\\s+/g, ' ').trim()`);
        await inBrowserWindow(`${prompt}.${allow ? 'button' : 'secondaryButton'}.click()`);
        await waitInBrowserWindow(inBrowserWindow, `!PopupNotifications.getNotification('addon-webext-permissions')`);
        return text;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** tsx (esbuild keepNames) wraps named functions in __name(): callbacks passed to evaluate() need it. */
const KEEP_NAMES = 'globalThis.__name = (fn) => fn';

/** The popup as seen from the hooks page (undefined in `fn` while none is open). */
function popupOf(testPage: Page): FirefoxPopup {
  const inPopup = (fn: InPopup<unknown>) => `(${fn.toString()})(browser.extension.getViews({ type: 'popup' })[0])`;
  return {
    evaluate: <T>(fn: InPopup<T>) => testPage.evaluate(inPopup(fn)) as Promise<T>,
    async waitFor(fn, timeout = 20_000) {
      await testPage.waitForFunction(`(() => { try { return ${inPopup(fn)}; } catch { return false; } })()`, {
        polling: 50,
        timeout,
      });
    },
    async close() {
      await testPage.evaluate(`browser.extension.getViews({ type: 'popup' })[0]?.close()`);
      await testPage.waitForFunction(`browser.extension.getViews({ type: 'popup' }).length === 0`, { polling: 50 });
    },
  };
}

/** Polls a condition in the browser window until it holds. */
async function waitInBrowserWindow(
  inBrowserWindow: FirefoxExtension['inBrowserWindow'],
  condition: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await inBrowserWindow<boolean>(`(() => ${condition})()`))) {
    if (Date.now() > deadline) throw new Error(`not true in the browser window after ${timeoutMs} ms: ${condition}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The BiDi context of the browser window itself (chrome://browser/content/browser.xhtml). */
async function browserWindowContext(connection: BidiConnection): Promise<string> {
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const window = (result as { contexts: { context: string; url: string }[] }).contexts.find((context) =>
    context.url.endsWith('/browser.xhtml'),
  );
  if (!window) {
    throw new Error(
      'no browser window in WebDriver BiDi: Firefox must be started with --remote-allow-system-access, and be a version ' +
        "whose BiDi lists it (bookworm-security's ESR does; bookworm's base ESR 140.12 does not: apt-get update, then install firefox-esr)",
    );
  }
  return window.context;
}

/** The BiDi browsing context id of a page's main frame (puppeteer keeps it private). */
function frameId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}
