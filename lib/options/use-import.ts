import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { importIntoLibrary, type ImportOutcome } from '../import/import-into-library';
import { planImport, type ImportPlan } from '../import/plan-import';
import { sendMessage } from '../shared/messages';
import type { RunProgress } from '../shared/run-progress';
import { listArticleAddresses } from '../storage/addresses';

/** What the import panel shows: the dry run first, then one click imports. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; names: string[] }
  | { kind: 'planned'; plan: ImportPlan }
  | { kind: 'importing'; plan: ImportPlan; progress: RunProgress | null }
  | { kind: 'done'; plan: ImportPlan; outcome: ImportOutcome }
  | { kind: 'cancelled'; plan: ImportPlan }
  | { kind: 'failed'; detail: string };

/**
 * Reads the exports the reader picked and shows what importing them would do (nothing is
 * written); `confirm` then imports, with progress and cancel.
 */
export function useImport(): {
  state: ImportState;
  pick(files: File[]): void;
  confirm(): void;
  cancel(): void;
  reset(): void;
} {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  /** The dry run shown, waiting for the reader's click. */
  const planned = useRef<ImportPlan | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const pick = useCallback((files: File[]) => {
    if (files.length === 0) return;
    setState({ kind: 'reading', names: files.map((file) => file.name) });
    void (async () => {
      try {
        const known = await listArticleAddresses();
        const plan = await planImport(
          files.map((file) => ({ name: file.name, blob: file })),
          (urls) => urls.some((url) => known.has(url)),
        );
        planned.current = plan;
        setState({ kind: 'planned', plan });
      } catch (error) {
        console.error('Liseuse: could not read the export', error);
        setState({ kind: 'failed', detail: String(error) });
      }
    })();
  }, []);

  const confirm = useCallback(() => {
    const plan = planned.current;
    if (!plan) return;
    planned.current = null;
    const run = new AbortController();
    controller.current = run;
    setState({ kind: 'importing', plan, progress: null });
    void importIntoLibrary(plan, {
      signal: run.signal,
      onProgress: (progress) => setState({ kind: 'importing', plan, progress }),
    })
      .then(
        (outcome) => setState({ kind: 'done', plan, outcome }),
        (error: unknown) => {
          if (run.signal.aborted) return setState({ kind: 'cancelled', plan });
          console.error('Liseuse: import failed', error);
          setState({ kind: 'failed', detail: String(error) });
        },
      )
      // Badges of open tabs show which pages are now saved.
      .finally(() =>
        sendMessage('libraryChanged', undefined).catch((error: unknown) =>
          console.warn('Liseuse: no badge refresh', error),
        ),
      );
  }, []);

  const cancel = useCallback(() => controller.current?.abort(new DOMException('Import cancelled', 'AbortError')), []);
  const reset = useCallback(() => {
    planned.current = null;
    setState({ kind: 'idle' });
  }, []);
  return { state, pick, confirm, cancel, reset };
}
