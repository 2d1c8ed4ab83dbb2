import { useCallback, useEffect, useState } from 'preact/hooks';
import { applyReaderStyle } from './reader-style';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, type ReaderSettings } from '../shared/reader-settings';
import { readerSettings } from '../storage/settings';

/**
 * The reader's settings, applied to the page as they change (here or in another reader tab)
 * unless `apply` is false (the options page), a function to change them and one to go back to
 * the defaults; saved in extension storage.
 */
export function useReaderSettings(
  apply = true,
): [ReaderSettings, (change: Partial<ReaderSettings>) => void, () => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);

  useEffect(() => {
    let live = true;
    readerSettings.getValue().then(
      (stored) => live && setSettings(normalizeReaderSettings(stored)),
      (error: unknown) => console.warn('Liseuse: reader settings unreadable, using defaults', error),
    );
    const unwatch = readerSettings.watch((stored) => setSettings(normalizeReaderSettings(stored)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    if (apply) applyReaderStyle(document.documentElement, settings);
  }, [settings, apply]);

  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = normalizeReaderSettings({ ...current, ...change });
      readerSettings
        .setValue(next)
        .catch((error: unknown) => console.error('Liseuse: reader settings not saved', error));
      return next;
    });
  }, []);

  const reset = useCallback(() => update(DEFAULT_READER_SETTINGS), [update]);

  return [settings, update, reset];
}
