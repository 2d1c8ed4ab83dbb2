import { indexAllPendingTexts, mergeTextSegments } from '../storage/text-build';

/** What the index worker (or the page doing its work) reports. */
export type TextIndexReport = { kind: 'indexed' } | { kind: 'idle' } | { kind: 'failed'; detail: string };

/**
 * The index work, in order: every pending article indexed (then `indexed`: search is complete),
 * then small segments merged (then `idle`). Each step commits on its own; `pause` runs between
 * steps (the page yields to input there when it has to do this work itself).
 */
export async function runTextIndexWork(
  report: (message: TextIndexReport) => void,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  try {
    await indexAllPendingTexts(pause);
    report({ kind: 'indexed' });
    while (await mergeTextSegments()) await pause();
    report({ kind: 'idle' });
  } catch (error) {
    report({ kind: 'failed', detail: String(error) });
  }
}
