import type { LibraryItem } from '../shared/library-item';
import type { LibraryStore } from './use-library-store';
import { useLibraryKeyboard } from './use-library-keyboard';

/** Whether every article of `ids` in `rows` has `flag` set (then the key undoes it). */
function allHave(rows: readonly LibraryItem[], ids: readonly string[], flag: 'archived' | 'favorite'): boolean {
  const wanted = new Set(ids);
  const chosen = rows.filter((article) => wanted.has(article.id));
  return chosen.length > 0 && chosen.every((article) => article[flag]);
}

/**
 * The Library's keys wired to its store: actions apply to the rows shown selected, else to the
 * focused row, never to anything the reader cannot see (LibraryActions.targetsAt).
 */
export function useLibraryKeys(
  store: LibraryStore,
  page: { open(id: string): void; focusSearch(): void; remove?(ids: string[]): void },
): void {
  const { rows } = store;
  useLibraryKeyboard({
    count: rows.length,
    active: store.active,
    setActive: store.setActive,
    focusSearch: page.focusSearch,
    open: (index) => page.open(rows[index]!.id),
    archive: (index) => {
      const ids = store.targetsAt(index);
      store.archive(ids, !allHave(rows, ids, 'archived'));
    },
    remove: (index) => (page.remove ?? store.remove)(store.targetsAt(index)),
    favorite: (index) => {
      const ids = store.targetsAt(index);
      store.favorite(ids, !allHave(rows, ids, 'favorite'));
    },
    toggleSelect: (index) => store.toggleSelect(rows[index]!.id),
    escape: () => {
      if (store.text) store.setText('');
      else if (store.selected.size > 0) store.clearSelection();
      else return false;
      return true;
    },
  });
}

/** Whether every selected row is archived / a favorite (the selection bar then offers the reverse). */
export function selectionFlags(
  rows: readonly LibraryItem[],
  selected: ReadonlySet<string>,
): { allArchived: boolean; allFavorite: boolean } {
  const ids = [...selected];
  return { allArchived: allHave(rows, ids, 'archived'), allFavorite: allHave(rows, ids, 'favorite') };
}
