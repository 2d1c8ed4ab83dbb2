import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/harness/launch';
import { rememberOpenPopups } from '../../scripts/harness/popup';

/** A name Chromium answers "not found" for by itself (with HOST_NOT_FOUND_ARGS): no network involved. */
export const UNREACHABLE_ORIGIN = 'http://nowhere.invalid';
/** Chromium switches that make UNREACHABLE_ORIGIN fail to load at once. */
export const HOST_NOT_FOUND_ARGS = ['--host-resolver-rules=MAP nowhere.invalid ~NOTFOUND'];

/**
 * Opens `url` in a new tab, lets it fail to load (Chrome's error page), and clicks Liseuse's
 * toolbar button on that tab. The tab target reports the address asked for once the error page
 * committed (the page itself says chrome-error://), so it is waited for by that address.
 */
export async function clickToolbarOnFailedPage(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url).catch(() => undefined);
  await page.bringToFront();
  const deadline = Date.now() + 5_000;
  for (;;) {
    const { targetInfos } = await ext.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find(
      (t) => t.url === url && (t.embedderData as { tabActive?: unknown } | undefined)?.tabActive === true,
    );
    if (tab) {
      await rememberOpenPopups(ext);
      await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
      return page;
    }
    if (Date.now() > deadline) throw new Error(`no active tab for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
