import { useCallback, useEffect, useState } from 'preact/hooks';

/** A boolean setting in extension storage (a WXT storage item). */
interface FlagItem {
  getValue(): Promise<boolean>;
  setValue(value: boolean): Promise<void>;
  watch(callback: (value: boolean) => void): () => void;
}

/** The value of a stored on/off setting (null while read), following changes made elsewhere, and a setter. */
export function useStoredFlag(item: FlagItem): [boolean | null, (value: boolean) => void] {
  const [value, setValue] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    item.getValue().then(
      (stored) => live && setValue(stored),
      (error: unknown) => console.warn('Liseuse: setting unreadable', error),
    );
    const unwatch = item.watch((stored) => setValue(stored));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const change = useCallback(
    (next: boolean) => {
      setValue(next);
      item.setValue(next).catch((error: unknown) => console.error('Liseuse: setting not saved', error));
    },
    [item],
  );
  return [value, change];
}
