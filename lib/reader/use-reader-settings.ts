import { useCallback, useEffect, useState } from 'preact/hooks';
import { applyReaderStyle } from './reader-style';
import { DEFAULT_READER_SETTINGS, normalizeReaderSettings, type ReaderSettings } from '../shared/reader-settings';
import { readerSettings } from '../storage/settings';

/**
 * The reader's settings, applied to the page as they change (here or in another reader tab),
 * and a function to change them; saved in extension storage.
 */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
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

  useEffect(() => applyReaderStyle(document.documentElement, settings), [settings]);

  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = normalizeReaderSettings({ ...current, ...change });
      readerSettings.setValue(next).catch((error: unknown) => console.error('Liseuse: reader settings not saved', error));
      return next;
    });
  }, []);

  return [settings, update];
}
