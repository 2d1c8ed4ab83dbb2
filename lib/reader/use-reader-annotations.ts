import { useCallback, useState } from 'preact/hooks';
import type { NotesFormat } from '../export/export-notes';
import { downloadNotes } from '../export/notes-download';
import type { AnnotationFailure } from './annotation-failure';
import { useArticleNote } from './use-article-note';
import { useHighlightUi, type HighlightUi } from './use-highlight-ui';
import { useHighlights, type HighlightsModel } from './use-highlights';

/** Everything the reader shows about highlights and notes, in one object for the components. */
export interface ReaderAnnotations {
  highlights: HighlightsModel;
  ui: HighlightUi;
  note: ReturnType<typeof useArticleNote>;
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  exportOpen: boolean;
  setExportOpen(open: boolean): void;
  /** Exports this article's notes and downloads the file; null when done, else what went wrong. */
  exportNotes(format: NotesFormat): Promise<string | null>;
  /** Writes the note edits still waiting for their delay (before an export, a delete). */
  saveNow(): Promise<void>;
  /** The last failure to read or write the highlights or the note, shown until a write succeeds. */
  failure: AnnotationFailure | null;
}

/** The reader's highlights, article note, side panel and export, for the article `articleId`. */
export function useReaderAnnotations(articleId: string, ready: boolean): ReaderAnnotations {
  const highlights = useHighlights(articleId, ready);
  const ui = useHighlightUi(highlights);
  const note = useArticleNote(articleId);
  const [panelOpen, setPanelOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const { saveNotesNow } = highlights;
  const { flush } = note;
  const saveNow = useCallback(async () => {
    await Promise.all([saveNotesNow(), flush()]);
  }, [saveNotesNow, flush]);
  const exportNotes = useCallback(
    async (format: NotesFormat) => {
      // Pending edits first, so the file has what the reader just typed.
      await saveNow();
      return downloadNotes([articleId], format);
    },
    [articleId, saveNow],
  );
  return {
    highlights,
    ui,
    note,
    panelOpen,
    setPanelOpen,
    exportOpen,
    setExportOpen,
    exportNotes,
    saveNow,
    failure: highlights.failure ?? note.failure,
  };
}
