import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => unknown;

/**
 * Makes runtime.sendMessage behave like the browser's: listeners answer through sendResponse
 * (fakeBrowser only reads their return values). Returns the listeners for inspection.
 */
export function routeMessages(): Listener[] {
  const listeners: Listener[] = [];
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
    listeners.push(listener as Listener);
  });
  vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation((listener) => {
    listeners.splice(listeners.indexOf(listener as Listener), 1);
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((resolve) => {
        const answering = listeners.filter((listener) => listener(message, {}, resolve) === true);
        if (answering.length === 0) resolve(undefined);
      }),
  );
  return listeners;
}

/** The fake browser has no scripting, permissions, contextMenus nor offscreen: give it some. */
export function stubMissingApis(): {
  executeScript: ReturnType<typeof vi.fn>;
  permissionsRequest: ReturnType<typeof vi.fn>;
  permissionsContains: ReturnType<typeof vi.fn>;
  menuCreate: ReturnType<typeof vi.fn>;
} {
  const executeScript = vi.fn(async () => []);
  const permissionsRequest = vi.fn(async () => false);
  const permissionsContains = vi.fn(async () => false);
  const menuCreate = vi.fn();
  // Message texts are not under test: the key stands for its text.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  Object.assign(fakeBrowser, {
    scripting: { executeScript },
    permissions: { request: permissionsRequest, contains: permissionsContains },
    contextMenus: { create: menuCreate, removeAll: vi.fn(async () => undefined) },
    extension: { isAllowedFileSchemeAccess: vi.fn(async () => false) },
  });
  return { executeScript, permissionsRequest, permissionsContains, menuCreate };
}
