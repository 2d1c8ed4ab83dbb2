import { useEffect } from 'preact/hooks';

/** Calls `callback` after `ms`, started again whenever `key` changes; cancelled on unmount. */
export function useTimeout(callback: () => void, ms: number, key: unknown): void {
  useEffect(() => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  }, [key, callback, ms]);
}
