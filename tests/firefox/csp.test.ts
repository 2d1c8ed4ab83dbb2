import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GECKO_ID, firefoxExtensionDir } from '../../scripts/harness/firefox';
import { serveFixture, type FixtureServer } from '../../scripts/harness/serve';
import { launchFirefoxTestBrowser, type FirefoxTestBrowser } from '../support/firefox-browser';

// Firefox applies the manifest's content security policy to every extension page with its own
// engine: this checks it is the policy in force (Firefox drops a policy it finds invalid) and
// that it does its work there. Each attempt below would, if allowed, set a global or reach the
// test server; only the extension's own scripts and local pictures (blob:, data:) may load.

const PIXEL_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

type Attempts = {
  inlineScript: unknown;
  stringTimer: unknown;
  remoteScript: string;
  remoteImage: string;
  remoteStyle: string;
  inlineStyle: string;
  dataImage: string;
  blobImage: string;
  violations: string[];
};

/** Runs in an extension page: tries what the policy forbids and what it allows, and reports. */
async function attempt(origin: string, pixel: string): Promise<Attempts> {
  const page = window as unknown as Record<string, unknown>;
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  const outcome = (element: HTMLElement & { onload: unknown; onerror: unknown }) =>
    new Promise<string>((done) => {
      element.onload = () => done('loaded');
      element.onerror = () => done('blocked');
    });
  const add = (element: HTMLElement & { onload: unknown; onerror: unknown }) => {
    const loaded = outcome(element);
    document.head.append(element);
    return loaded;
  };
  const inline = document.createElement('script');
  inline.textContent = 'window.cspInlineRan = true';
  document.head.append(inline);
  // A string timer is eval: run by the page itself when it fires, so the policy decides.
  (setTimeout as unknown as (code: string, ms: number) => number)('window.cspStringTimerRan = true', 0);
  const remoteScript = Object.assign(document.createElement('script'), { src: `${origin}/js/remote.js` });
  const remoteStyle = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: `${origin}/css/remote.css`,
  });
  const remoteImage = Object.assign(document.createElement('img'), { src: `${origin}/img/tracker.png` });
  const dataImage = Object.assign(document.createElement('img'), { src: `data:image/png;base64,${pixel}` });
  const bytes = Uint8Array.from(atob(pixel), (char) => char.charCodeAt(0));
  const blobImage = Object.assign(document.createElement('img'), {
    src: URL.createObjectURL(new Blob([bytes], { type: 'image/png' })),
  });
  const inlineStyle = document.createElement('style');
  inlineStyle.textContent = 'html { outline: 7px solid red; }';
  document.head.append(inlineStyle);
  const results = await Promise.all([
    add(remoteScript),
    add(remoteStyle),
    add(remoteImage),
    add(dataImage),
    add(blobImage),
  ]);
  // Every violation is reported in a task of its own: wait until the count stops growing for one frame.
  for (let seen = -1; seen !== violations.length;) {
    seen = violations.length;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  }
  return {
    inlineScript: page.cspInlineRan ?? null,
    stringTimer: page.cspStringTimerRan ?? null,
    remoteScript: results[0]!,
    remoteStyle: results[1]!,
    remoteImage: results[2]!,
    dataImage: results[3]!,
    blobImage: results[4]!,
    inlineStyle: getComputedStyle(document.documentElement).outlineWidth,
    // Firefox may report one violation more than once.
    violations: [...new Set(violations.map((violation) => violation.replace(origin, 'ORIGIN')))].sort(),
  };
}

describe('the strict content security policy, in Firefox', () => {
  let ff: FirefoxTestBrowser;
  let site: FixtureServer;

  beforeEach(async () => {
    ff = await launchFirefoxTestBrowser();
    site = await serveFixture(
      'tests/fixtures/browser-pages',
      {},
      {
        '/img/': { type: 'image/png', body: Buffer.from(PIXEL_BASE64, 'base64') },
        '/js/': { type: 'text/javascript', body: 'window.cspRemoteRan = true' },
        '/css/': { type: 'text/css', body: 'html { outline: 9px solid blue; }' },
      },
    );
  });

  afterEach(async () => {
    await site?.close();
    await ff?.close();
  });

  it('is the policy Firefox enforces on the extension pages', async () => {
    const manifest = JSON.parse(readFileSync(`${firefoxExtensionDir()}/manifest.json`, 'utf8')) as {
      content_security_policy: { extension_pages: string };
    };
    const inForce = await ff.inBrowserWindow<string>(
      `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extensionPageCSP`,
    );
    expect(inForce).toBe(manifest.content_security_policy.extension_pages);
    expect(inForce).toContain("script-src 'self';");
    expect(inForce).toContain("img-src 'self' blob: data:;");
  });

  // The reader with an id it does not know (without one it goes to the Library).
  for (const path of ['reader.html?id=none', 'library.html', 'options.html']) {
    it(`${path}: no inline script, no eval, nothing remote; local pictures load`, async () => {
      const page = await ff.openExtensionPage(path);
      const result = await page.evaluate(attempt, site.origin, PIXEL_BASE64);
      expect(result).toEqual({
        inlineScript: null,
        stringTimer: null,
        remoteScript: 'blocked',
        remoteStyle: 'blocked',
        remoteImage: 'blocked',
        dataImage: 'loaded',
        blobImage: 'loaded',
        inlineStyle: expect.not.stringMatching(/^7px$/) as unknown as string,
        violations: [
          'img-src ORIGIN/img/tracker.png',
          'script-src eval',
          'script-src-elem ORIGIN/js/remote.js',
          'script-src-elem inline',
          'style-src-elem ORIGIN/css/remote.css',
          'style-src-elem inline',
        ],
      });
      expect(
        await page.evaluate(() => (window as unknown as { cspRemoteRan?: boolean }).cspRemoteRan ?? null),
      ).toBeNull();
      // Blocked before any request: the server never saw one.
      expect(site.requests).toEqual([]);
    });
  }
});
