import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from './harness/artifacts';
import { extensionDir, launchWithExtension } from './harness/launch';
import { attachToPopup } from './harness/popup';
import { serveFixture } from './harness/serve';
import { clickToolbar } from './harness/toolbar';

/**
 * `npm start`: opens the freshly built extension in Chromium on the bundled sample article (the
 * seed page Liseuse was born from). With a display, a real window for the reader to click in;
 * without one, it clicks the toolbar button itself and reports what the popup shows.
 */
const SAMPLE = 'tests/fixtures/seed-article';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<number> {
  if (!existsSync(chromiumPath)) {
    console.log(
      `Built ${extensionDir()}. No Chromium at ${chromiumPath} (set CHROMIUM_PATH, or on Debian: apt-get install -y chromium).`,
    );
    console.log('Load the folder yourself: chrome://extensions → Developer mode → Load unpacked.');
    return 0;
  }
  const site = await serveFixture(join(SAMPLE, 'site'), { '/page.html': join(SAMPLE, 'page.html') });
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const ext = await launchWithExtension({ headless });
  const page = await ext.context.newPage();
  await page.goto(site.url('/page.html'));

  if (!headless) {
    console.log(`Chromium is open on the sample article (${site.url('/page.html')}).`);
    console.log('Click the Liseuse button in the toolbar, or press Alt+Shift+L. Close the window to stop.');
    await new Promise<void>((done) => ext.context.on('close', () => done()));
    await site.close();
    return 0;
  }

  await clickToolbar(ext, page);
  const popup = await attachToPopup(ext);
  const saved = await popup
    .waitFor<string>(`document.querySelector('.save-status')?.dataset.state === 'saved' && 'saved'`, 30_000)
    .catch(() => 'not saved');
  const shown = await popup.evaluate<{ title: string; text: string }>(
    `({ title: document.querySelector('h1')?.textContent ?? '', text: document.querySelector('article')?.innerText ?? '' })`,
  );
  const screenshot = join(ARTIFACTS, 'demo-popup.png');
  await popup.screenshot(screenshot);
  console.log('No display: Liseuse was clicked in headless Chromium on the sample article.');
  console.log(`Popup title: ${shown.title}`);
  console.log(
    `Popup text (${shown.text.split(/\s+/).filter(Boolean).length} words): ${shown.text.slice(0, 240).replace(/\s+/g, ' ')}…`,
  );
  console.log(`Article ${saved}. Screenshot: ${screenshot}`);
  await popup.close();
  await ext.close();
  await site.close();
  return shown.title && saved === 'saved' ? 0 : 1;
}

process.exitCode = await main();
