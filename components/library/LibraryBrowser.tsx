import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLibraryKeyboard } from '../../lib/library/use-library-keyboard';
import type { LibraryStore } from '../../lib/library/use-library-store';
import { messageKeyFor } from '../../lib/shared/errors';
import { LIBRARY_PAINTED_MARK } from '../../lib/shared/marks';
import { t } from '../../lib/shared/i18n';
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
};

/** The Library: search, filters, a virtualized list of articles, actions on one or many, Undo. */
export function LibraryBrowser({ store, hrefFor, open, newTab = false }: LibraryBrowserProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const { rows, selected, active } = store;
  // Keyboard actions act on the selection when there is one, else on the active row.
  const targets = (index: number) => (selected.size > 0 ? [...selected] : [rows[index]!.id]);
  const [pendingDelete, setPendingDelete] = useState<string[] | null>(null);
  const [exporting, setExporting] = useState(false);
  // Articles with highlights or notes are not deleted before the reader said what becomes of them.
  const remove = (ids: string[]) => (ids.some((id) => store.annotated.has(id)) ? setPendingDelete(ids) : store.remove(ids));

  useLibraryKeyboard({
    count: rows.length,
    active,
    setActive: store.setActive,
    focusSearch: () => searchRef.current?.focus(),
    open: (index) => open(rows[index]!.id),
    archive: (index) => store.archive(targets(index), !rows[index]!.archived),
    remove: (index) => remove(targets(index)),
    favorite: (index) => store.favorite(targets(index), !rows[index]!.favorite),
    toggleSelect: (index) => store.toggleSelect(rows[index]!.id),
    escape: () => {
      if (store.text) store.setText('');
      else if (selected.size > 0) store.setSelected(new Set());
      else return false;
      return true;
    },
  });

  const painted = useRef(false);
  // A layout effect, so the mark is set in the frame that paints the rows (useEffect runs after it).
  useLayoutEffect(() => {
    if (painted.current || rows.length === 0) return;
    painted.current = true;
    requestAnimationFrame(() => performance.mark(LIBRARY_PAINTED_MARK));
  }, [rows.length]);

  const chosen = rows.filter((article) => selected.has(article.id));
  const renderRow = useCallback((index: number) => {
    const article = rows[index]!;
    return (
      <LibraryRow
        key={article.id}
        article={article}
        index={index}
        href={hrefFor(article.id)}
        newTab={newTab}
        active={index === active}
        selected={selected.has(article.id)}
        terms={store.matches.get(article.id)}
        onSelect={store.toggleSelect}
        onActivate={store.setActive}
        loadSnippet={store.loadSnippet}
      />
    );
  }, [rows, active, selected, store.matches, hrefFor, newTab]);

  return (
    <section class="library-browser" aria-labelledby="library-browser-heading">
      <h1 id="library-browser-heading" class="visually-hidden">{t('libraryHeading')}</h1>
      <LibraryToolbar
        text={store.text}
        onText={store.setText}
        query={store.query}
        onQuery={store.setQuery}
        tags={store.tags}
        searchRef={searchRef}
        count={store.complete ? rows.length : null}
        onExport={() => setExporting(true)}
      />
      {selected.size > 0 && (
        <SelectionBar
          count={selected.size}
          allArchived={chosen.length > 0 && chosen.every((article) => article.archived)}
          allFavorite={chosen.length > 0 && chosen.every((article) => article.favorite)}
          tags={store.tags}
          onArchive={(archived) => store.archive([...selected], archived)}
          onFavorite={(favorite) => store.favorite([...selected], favorite)}
          onTag={(edit) => store.tag([...selected], edit)}
          onDelete={() => remove([...selected])}
          onSelectAll={() => store.setSelected(new Set(rows.map((article) => article.id)))}
          onClear={() => store.setSelected(new Set())}
        />
      )}
      {store.failure && <p class="library-failure" role="alert">{t(messageKeyFor(store.failure))}</p>}
      {store.articles === null ? (
        <p class="library-empty">{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p class="library-empty">{t(store.articles.length === 0 ? 'libraryEmpty' : 'libraryNoMatch')}</p>
      ) : (
        <VirtualList count={rows.length} rowHeight={ROW_HEIGHT} active={active} label={t('libraryHeading')} renderRow={renderRow} />
      )}
      <p class="library-keys">{t('libraryKeysHelp')}</p>
      {pendingDelete && (
        <DeleteNotesDialog
          count={pendingDelete.filter((id) => store.annotated.has(id)).length}
          onChoose={(notes) => {
            store.remove(pendingDelete, notes);
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
      {store.undo && (
        <UndoBar
          message={t(store.undo.messageKey, String(store.undo.count))}
          onUndo={store.runUndo}
          onDismiss={store.dismissUndo}
        />
      )}
    </section>
  );
}

/** Export choices: the selected articles (when any), then every article with highlights or notes. */
function exportScopes(store: LibraryStore): ExportScope[] {
  const scopes: ExportScope[] = [];
  if (store.selected.size > 0) scopes.push({ value: 'selected', label: t('exportScopeSelected', String(store.selected.size)) });
  scopes.push({ value: 'annotated', label: t('exportScopeAnnotated', String(exportIds(store, 'annotated').length)) });
  return scopes;
}

/** The articles of a scope, in Library order (newest first), so a re-export names files alike. */
function exportIds(store: LibraryStore, scope: string): string[] {
  const wanted = scope === 'selected' ? store.selected : store.annotated;
  return (store.articles ?? []).map((article) => article.id).filter((id) => wanted.has(id));
}
