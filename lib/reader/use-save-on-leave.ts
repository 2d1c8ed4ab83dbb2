import { useEffect, useRef } from 'preact/hooks';

/**
 * Writes what waits for its delay when the reader leaves: the tab hidden, the page left, the hook
 * unmounted. On `pagehide` the waiting edits are first kept as drafts (`keepDrafts`, synchronous:
 * lib/reader/note-drafts.ts), since the write begun then may not outlive the page.
 */
export function useSaveOnLeave(keepDrafts: () => void, saveNow: () => Promise<void>): void {
  const latest = useRef({ keepDrafts, saveNow });
  latest.current = { keepDrafts, saveNow };
  useEffect(() => {
    const save = () => void latest.current.saveNow();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    const onPageHide = () => {
      latest.current.keepDrafts();
      save();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      save();
    };
  }, []);
}
