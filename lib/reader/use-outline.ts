import { useEffect, useState } from 'preact/hooks';
import { readOutline, wantsOutline, type OutlineEntry } from './outline';

/**
 * The outline of the article rendered in `.article-body` once `ready`, or an empty list when the
 * piece is too short to need one.
 */
export function useOutline(ready: boolean, wordCount: number): OutlineEntry[] {
  const [entries, setEntries] = useState<OutlineEntry[]>([]);
  useEffect(() => {
    const body = ready ? document.querySelector('.article-body') : null;
    const found = body ? readOutline(body) : [];
    setEntries(wantsOutline(found.length, wordCount) ? found : []);
  }, [ready, wordCount]);
  return entries;
}
