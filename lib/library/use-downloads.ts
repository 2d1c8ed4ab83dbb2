import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { downloadArticle } from '../saving/download-article';
import { requestOrigins } from '../saving/permissions';
import type { LibraryItem } from '../shared/library-item';
import type { RunProgress } from '../shared/run-progress';
import { runThrottled } from './throttled-runs';

/** Pages fetched at once, and the least time between two pages of one site: polite to every site. */
const CONCURRENCY = 2;
const PER_SITE_DELAY_MS = 2_000;
/** The list is read again after this many downloads, so downloaded articles show as they come. */
const REFRESH_EVERY = 10;

/** The downloads of imported articles, as the Library shows them. */
export type DownloadsState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: (RunProgress & { failed: number }) | null }
  | { kind: 'done'; done: number; total: number; failed: number };

/**
 * "Download all": asks, at the click, for permission to read the sites of the articles imported
 * without their page, then fetches and cleans them a few at a time, with progress and a stop.
 * Nothing is pending until the whole list is read (`complete`): a count taken from the first
 * screen would be too small, and Download all would leave the rest behind.
 */
export function useDownloads(
  articles: readonly LibraryItem[] | null,
  complete: boolean,
  onChanged: () => void,
): {
  pending: LibraryItem[];
  state: DownloadsState;
  downloadAll(): void;
  cancel(): void;
} {
  const pending = useMemo(
    () => (complete && articles ? articles.filter((article) => article.notDownloaded) : []),
    [articles, complete],
  );
  const [state, setState] = useState<DownloadsState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const downloadAll = useCallback(() => {
    const targets = [...pending];
    if (targets.length === 0) return;
    // Synchronously, in the click: permissions.request needs the user's gesture.
    const permission = requestOrigins(targets.map((article) => article.url));
    const run = new AbortController();
    controller.current = run;
    setState({ kind: 'running', progress: null });
    void (async () => {
      await permission;
      let succeeded = 0;
      const results = await runThrottled(
        targets,
        async (article) => {
          const result = await downloadArticle(article);
          if (result.ok && ++succeeded % REFRESH_EVERY === 0) onChanged();
          return result;
        },
        {
          concurrency: CONCURRENCY,
          perHostDelayMs: PER_SITE_DELAY_MS,
          signal: run.signal,
          failed: (result) => !result.ok,
          onProgress: (progress) => setState({ kind: 'running', progress }),
        },
      );
      const failed = [...results.values()].filter((result) => result instanceof Error || !result.ok).length;
      setState({ kind: 'done', done: results.size - failed, total: targets.length, failed });
      onChanged();
    })();
  }, [pending, onChanged]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { pending, state, downloadAll, cancel };
}
