import { useCallback } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorActions, type ErrorAction } from './error-actions';
import type { PopupArticleActions, PopupArticleState } from './use-popup-article';
import { libraryHref, openInNewTab } from '../shared/extension-pages';

/**
 * The next steps of the popup's failure state and what each does: save the link, read the tab
 * again, reload a page that did not load (then read it again), or open the Library.
 */
export function useErrorActions(state: PopupArticleState & PopupArticleActions): {
  actions: ErrorAction[];
  run(action: ErrorAction): void;
} {
  const tab = state.kind === 'failed' ? state.tab : undefined;
  const actions = state.kind === 'failed' ? errorActions(state.reason, tab?.url) : [];
  const { saveLink, retry } = state;
  const run = useCallback(
    (action: ErrorAction) => {
      switch (action) {
        case 'save-link':
          return saveLink();
        case 'retry':
          return retry();
        case 'open-library':
          return openInNewTab(libraryHref());
        case 'reload':
          if (tab) void reloadTab(tab.id).then(retry);
          else retry();
      }
    },
    [tab, saveLink, retry],
  );
  return { actions, run };
}

/** Reloads a tab and resolves once it finished loading (or after a while, whatever happened). */
function reloadTab(tabId: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') finish();
    };
    const timer = setTimeout(finish, 15_000);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.reload(tabId).catch((error: unknown) => {
      console.warn('Liseuse: could not reload the tab', error);
      finish();
    });
  });
}
