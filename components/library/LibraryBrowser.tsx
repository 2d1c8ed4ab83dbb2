import type { ComponentChildren } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { selectionFlags, useLibraryKeys } from '../../lib/library/use-library-keys';
import type { LibraryStore } from '../../lib/library/use-library-store';
import { emptyListMessage } from '../../lib/library/library-view';
import { useFirstPaintMark } from '../../lib/library/use-first-paint-mark';
import { messageKeyFor } from '../../lib/shared/errors';
import { t, tn } from '../../lib/shared/i18n';
import { LibraryRow, ROW_HEIGHT } from './LibraryRow';
import { LibraryToolbar } from './LibraryToolbar';
import { SelectionBar } from './SelectionBar';
import { UndoBar } from './UndoBar';
import { VirtualList } from './VirtualList';
import { DeleteNotesDialog } from './DeleteNotesDialog';
import { ExportDialog, type ExportScope } from '../common/ExportDialog';
import './library.css';
import '../common/export-dialog.css';

export type LibraryBrowserProps = {
  store: LibraryStore;
  hrefFor(id: string): string;
  /** Opens an article (Enter); links open it on click. */
  open(id: string): void;
  /** Links open in a new tab (the popup). */
  newTab?: boolean;
  /** Set on the search field: the popup's Library view starts there. */
  autoFocusSearch?: boolean;
  /** Shown above the list (the Library page's downloads of imported articles). */
  banner?: ComponentChildren;
};

/** The Library: search, filters, a virtualized list of articles, actions on one or many, Undo. */
export function LibraryBrowser({
  store,
  hrefFor,
  open,
  newTab = false,
  autoFocusSearch = false,
  banner,
}: LibraryBrowserProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const { rows, selected, active } = store;
  const [pendingDelete, setPendingDelete] = useState<{ ids: string[]; withNotes: number | null } | null>(null);
  const [exporting, setExporting] = useState(false);
  // While only the first screen is read, counts, "no match" and the row's place in the list would
  // speak of a part as if it were the whole; so would a search's quick answer.
  const settled = store.complete && !store.provisional;
  // Articles with highlights or notes are not deleted before the reader said what becomes of them;
  // when that cannot be read, the question is asked all the same.
  const remove = (ids: string[]) =>
    void store.annotatedAmong(ids).then(
      (withNotes) =>
        withNotes.length > 0 ? setPendingDelete({ ids, withNotes: withNotes.length }) : store.remove(ids),
      (error: unknown) => {
        console.error('Liseuse: could not tell which articles have notes; asking', error);
        setPendingDelete({ ids, withNotes: null });
      },
    );
  useLibraryKeys(store, { open, focusSearch: () => searchRef.current?.focus(), remove });
  useFirstPaintMark(rows.length > 0);

  const renderRow = useCallback(
    (index: number) => {
      const article = rows[index]!;
      return (
        <LibraryRow
          key={article.id}
          article={article}
          index={index}
          total={settled ? rows.length : -1}
          href={hrefFor(article.id)}
          newTab={newTab}
          active={index === active}
          selected={selected.has(article.id)}
          terms={store.matches.get(article.id)}
          onSelect={store.toggleSelect}
          onActivate={store.setActive}
          loadSnippet={store.loadSnippet}
          loadThumbnail={store.loadThumbnail}
        />
      );
    },
    [rows, settled, active, selected, store.matches, hrefFor, newTab],
  );

  const failure = store.failure;
  return (
    <div class="library-browser" data-selecting={selected.size > 0 || undefined}>
      <LibraryToolbar
        text={store.text}
        onText={store.setText}
        query={store.query}
        onQuery={store.setQuery}
        tags={store.tags}
        searchRef={searchRef}
        autoFocus={autoFocusSearch}
        count={settled ? rows.length : null}
        onExport={() => setExporting(true)}
        exportReady={store.complete}
      />
      {failure && (
        <p class="library-failure" role="alert">
          {failure.notDeleted ? `${tn('libraryNotDeleted', failure.notDeleted)} ` : ''}
          {t(messageKeyFor(failure.reason))}
        </p>
      )}
      {banner}
      {rows.length === 0 ? (
        // A list that could not be read says so above, not that it is loading.
        !(failure && !store.complete) && <p class="library-empty">{t(emptyListMessage(store.articles, settled))}</p>
      ) : (
        <VirtualList
          count={rows.length}
          rowHeight={ROW_HEIGHT}
          active={active}
          label={t('libraryListLabel')}
          renderRow={renderRow}
        />
      )}
      <p class="library-keys">{t('libraryKeysHelp')}</p>
      {pendingDelete && (
        <DeleteNotesDialog
          count={pendingDelete.withNotes}
          onChoose={(notes) => {
            store.remove(pendingDelete.ids, notes);
            setPendingDelete(null);
          }}
          onCancel={() => setPendingDelete(null)}
        />
      )}
      {exporting && (
        <ExportDialog
          scopes={exportScopes(store)}
          onExport={(scope, format) => store.exportNotes(exportIds(store, scope), format)}
          onClose={() => setExporting(false)}
        />
      )}
      <div class="library-floating">
        {store.undo && (
          <UndoBar
            message={tn(store.undo.messageKey, store.undo.count)}
            actionId={store.undo.id}
            onUndo={store.runUndo}
            onDismiss={store.dismissUndo}
          />
        )}
        {selected.size > 0 && (
          <SelectionBar
            count={selected.size}
            {...selectionFlags(rows, selected)}
            tags={store.tags}
            onArchive={(archived) => store.archive([...selected], archived)}
            onFavorite={(favorite) => store.favorite([...selected], favorite)}
            onTag={(edit) => store.tag([...selected], edit)}
            onDelete={() => remove([...selected])}
            onSelectAll={store.complete ? store.selectAll : undefined}
            onClear={store.clearSelection}
          />
        )}
      </div>
    </div>
  );
}

/** Export choices: the selected articles (when any), then every article with highlights or notes. */
function exportScopes(store: LibraryStore): ExportScope[] {
  const scopes: ExportScope[] = [];
  if (store.selected.size > 0)
    scopes.push({ value: 'selected', label: t('exportScopeSelected', String(store.selected.size)) });
  scopes.push({ value: 'annotated', label: t('exportScopeAnnotated', String(exportIds(store, 'annotated').length)) });
  return scopes;
}

/** The articles of a scope, in Library order (newest first), so a re-export names files alike. */
function exportIds(store: LibraryStore, scope: string): string[] {
  const wanted = scope === 'selected' ? store.selected : store.annotated;
  return (store.articles ?? []).map((article) => article.id).filter((id) => wanted.has(id));
}
