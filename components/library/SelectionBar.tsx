import { useDisclosure } from '../../lib/shared/use-disclosure';
import { useTagEntry } from '../../lib/library/use-tag-entry';
import { t, tn } from '../../lib/shared/i18n';

export type SelectionBarProps = {
  count: number;
  /** Whether every selected article is already archived / a favorite (the buttons then undo it). */
  allArchived: boolean;
  allFavorite: boolean;
  tags: string[];
  onArchive(archived: boolean): void;
  onFavorite(favorite: boolean): void;
  onTag(edit: { add?: string[]; remove?: string[] }): void;
  onDelete(): void;
  /** Absent while the whole list is not read yet: "all" would be only the rows read so far. */
  onSelectAll?(): void;
  onClear(): void;
};

/**
 * Actions on the selected articles, floating over the foot of the list (it never pushes the
 * list down); the tag form opens on demand so the bar fits a phone's width.
 */
export function SelectionBar(props: SelectionBarProps) {
  const tagging = useDisclosure();
  const entry = useTagEntry(props.onTag);
  return (
    <div class="library-selection" role="group" aria-label={t('librarySelectionLabel')}>
      <div class="library-selection-row">
        <span class="library-selection-count" role="status">
          {tn('librarySelected', props.count)}
        </span>
        <div class="library-selection-actions">
          <button type="button" class="button" onClick={() => props.onArchive(!props.allArchived)}>
            {t(props.allArchived ? 'libraryUnarchive' : 'libraryArchive')}
          </button>
          <button type="button" class="button" onClick={() => props.onFavorite(!props.allFavorite)}>
            {t(props.allFavorite ? 'libraryUnfavorite' : 'libraryFavorite')}
          </button>
          <button
            type="button"
            class="button"
            ref={tagging.button}
            aria-expanded={tagging.open}
            onClick={tagging.toggle}
          >
            {t('libraryTags')}
          </button>
          <button type="button" class="button danger" onClick={props.onDelete}>
            {t('libraryDelete')}
          </button>
        </div>
        <span class="spacer" />
        {props.onSelectAll && (
          <button type="button" class="button link" onClick={props.onSelectAll}>
            {t('librarySelectAll')}
          </button>
        )}
        <button
          type="button"
          class="button link library-selection-clear"
          aria-label={t('librarySelectNone')}
          title={t('librarySelectNone')}
          onClick={props.onClear}
        >
          ×
        </button>
      </div>
      {tagging.open && (
        <form
          class="library-tag-form"
          ref={(element) => {
            tagging.panel.current = element;
          }}
          onKeyDown={tagging.onPanelKey}
          onSubmit={(event) => {
            event.preventDefault();
            entry.submit(false);
          }}
        >
          <input
            type="text"
            list="library-tags"
            value={entry.value}
            placeholder={t('libraryTagPlaceholder')}
            aria-label={t('libraryTagPlaceholder')}
            onInput={(event) => entry.setValue(event.currentTarget.value)}
          />
          <datalist id="library-tags">
            {props.tags.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
          <button type="submit" class="button">
            {t('libraryTagAdd')}
          </button>
          <button type="button" class="button" onClick={() => entry.submit(true)}>
            {t('libraryTagRemove')}
          </button>
        </form>
      )}
    </div>
  );
}
