import { attachToTarget, type AttachedTarget } from './cdp-target';
import type { ExtensionBrowser } from './launch';

/** Popup targets open before each browser's latest toolbar click: never the popup of that click. */
const openBeforeClick = new WeakMap<ExtensionBrowser, Set<string>>();

/** Target ids of Liseuse popups open now. */
export async function popupTargetIds(ext: ExtensionBrowser): Promise<string[]> {
  const { targetInfos } = await ext.cdp.send('Target.getTargets');
  const prefix = ext.extensionUrl('popup.html');
  return targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(prefix)).map((t) => t.targetId);
}

/** Whether any Liseuse popup is open. */
export async function isPopupOpen(ext: ExtensionBrowser): Promise<boolean> {
  return (await popupTargetIds(ext)).length > 0;
}

/**
 * Notes the popups open just before a toolbar click (clickToolbar calls it): a popup closed a
 * moment ago can still be listed, and attaching to it instead of the new one is a race.
 */
export async function rememberOpenPopups(ext: ExtensionBrowser): Promise<void> {
  openBeforeClick.set(ext, new Set(await popupTargetIds(ext)));
}

/** Waits for the popup of the latest toolbar click to exist and attaches to it. */
export async function attachToPopup(ext: ExtensionBrowser, timeoutMs = 10_000): Promise<AttachedTarget> {
  const before = openBeforeClick.get(ext) ?? new Set<string>();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const opened = (await popupTargetIds(ext)).find((id) => !before.has(id));
    if (opened) return attachToTarget(ext, opened);
    if (Date.now() > deadline) throw new Error('the popup did not open');
    await new Promise((r) => setTimeout(r, 20));
  }
}
