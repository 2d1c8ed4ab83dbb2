import type { ReaderAnnotations as Annotations } from '../../lib/reader/use-reader-annotations';
import { t } from '../../lib/shared/i18n';
import { ExportDialog } from '../common/ExportDialog';
import { HighlightLayer } from './HighlightLayer';
import { HighlightsPanel } from './HighlightsPanel';

export type AnnotationsProps = { annotations: Annotations };

/** The reader toolbar's "Highlights" (opens the side panel) and "Export notes" buttons. */
export function AnnotationTools({ annotations }: AnnotationsProps) {
  const count = annotations.highlights.placed.length + annotations.highlights.orphans.length;
  return (
    <>
      <button
        type="button"
        class="button"
        aria-expanded={annotations.panelOpen}
        aria-controls="highlights-panel"
        onClick={() => annotations.setPanelOpen(!annotations.panelOpen)}
      >
        {t('highlightsButton', String(count))}
      </button>
      <button type="button" class="button" onClick={() => annotations.setExportOpen(true)}>
        {t('exportButton')}
      </button>
    </>
  );
}

/** The side panel, what floats over the article, and the export dialog. */
export function ReaderAnnotations({ annotations }: AnnotationsProps) {
  const { highlights, ui, note } = annotations;
  const edited = ui.editor
    ? ([...highlights.placed, ...highlights.orphans].find((item) => item.id === ui.editor?.id) ?? null)
    : null;
  return (
    <>
      {annotations.panelOpen && (
        <HighlightsPanel
          placed={highlights.placed}
          orphans={highlights.orphans}
          articleNote={note.text}
          articleNoteState={note.loaded ? 'ready' : note.failure?.action === 'read' ? 'unreadable' : 'loading'}
          articleNoteKeptBoth={note.keptBoth}
          canReattach={ui.toolbar !== null}
          onArticleNote={note.setText}
          onSelect={(id) => ui.openEditor(id)}
          onReattach={(id) => highlights.reattach(id)}
          onDelete={highlights.remove}
          onClose={() => annotations.setPanelOpen(false)}
        />
      )}
      <HighlightLayer
        toolbar={ui.toolbar}
        editor={ui.editor}
        edited={edited}
        revision={highlights.revision}
        message={highlights.message}
        undo={highlights.undo}
        onHighlight={ui.highlight}
        onColour={highlights.setColour}
        onNote={highlights.setNote}
        onDelete={(id) => {
          ui.closeEditor();
          highlights.remove(id);
        }}
        onCloseEditor={ui.closeEditor}
        onDismissUndo={highlights.dismissUndo}
      />
      {annotations.exportOpen && (
        <ExportDialog
          scopes={[{ value: 'article', label: t('exportScopeArticle') }]}
          onExport={(_scope, format) => annotations.exportNotes(format)}
          onClose={() => annotations.setExportOpen(false)}
        />
      )}
    </>
  );
}
