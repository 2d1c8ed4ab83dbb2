import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch';
import { rememberOpenPopups } from './popup';

/**
 * The CDP target id of the tab that holds `page`, which must be the active tab (clickToolbar
 * brings it to front). Extensions.triggerAction wants the tab target, not the page target inside
 * it, and tab targets carry no page id: the URL alone is ambiguous when a test opens the same
 * address twice (or a tab just closed is still listed), the active flag is not.
 */
export async function targetIdOf(ext: ExtensionBrowser, page: Page, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = await ext.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.url === page.url() && isActiveTab(t.embedderData));
    if (tabs.length === 1) return tabs[0]!.targetId;
    if (Date.now() > deadline) throw new Error(`no single active tab target for ${page.url()} (found ${tabs.length})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Chromium sends `tabActive` as a boolean; the protocol's types say every value is a string.
function isActiveTab(embedderData: unknown): boolean {
  return (embedderData as { tabActive?: unknown } | undefined)?.tabActive === true;
}

/**
 * Clicks Liseuse's toolbar button on `page` for real (CDP Extensions.triggerAction): opens the
 * popup and grants activeTab on that tab. Returns Date.now() just before the click.
 */
export async function clickToolbar(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const targetId = await targetIdOf(ext, page);
  await rememberOpenPopups(ext);
  const clickedAt = Date.now();
  await ext.cdp.send('Extensions.triggerAction', { id: ext.extensionId, targetId });
  return clickedAt;
}
