import { useEffect, useRef } from 'preact/hooks';

/**
 * Writes what waits for its delay when the reader leaves: the tab hidden, the page left, the hook
 * unmounted. When the tab is hidden or the page left, the waiting edits are first kept as drafts
 * (`keepDrafts`, synchronous: lib/storage/note-drafts.ts), since a tab being closed is hidden
 * first and the write begun then may not outlive the page.
 */
export function useSaveOnLeave(keepDrafts: () => void, saveNow: () => Promise<void>): void {
  const latest = useRef({ keepDrafts, saveNow });
  latest.current = { keepDrafts, saveNow };
  useEffect(() => {
    const save = () => void latest.current.saveNow();
    const keepAndSave = () => {
      latest.current.keepDrafts();
      save();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keepAndSave();
    };
    window.addEventListener('pagehide', keepAndSave);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', keepAndSave);
      document.removeEventListener('visibilitychange', onHidden);
      save();
    };
  }, []);
}
