import { useState } from 'preact/hooks';
import { t } from '../../lib/shared/i18n';

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
  onSelectAll(): void;
  onClear(): void;
};

/** Actions on the selected articles: archive, favorite, tag, delete. */
export function SelectionBar(props: SelectionBarProps) {
  const [tag, setTag] = useState('');
  const submitTag = (remove: boolean) => {
    const value = tag.trim();
    if (!value) return;
    props.onTag(remove ? { remove: [value] } : { add: [value] });
    setTag('');
  };
  return (
    <div class="library-selection" role="toolbar" aria-label={t('librarySelectionLabel')}>
      <span class="library-selection-count">{t('librarySelected', String(props.count))}</span>
      <button type="button" class="button" onClick={() => props.onArchive(!props.allArchived)}>
        {t(props.allArchived ? 'libraryUnarchive' : 'libraryArchive')}
      </button>
      <button type="button" class="button" onClick={() => props.onFavorite(!props.allFavorite)}>
        {t(props.allFavorite ? 'libraryUnfavorite' : 'libraryFavorite')}
      </button>
      <form
        class="library-tag-form"
        onSubmit={(event) => {
          event.preventDefault();
          submitTag(false);
        }}
      >
        <input
          type="text"
          list="library-tags"
          value={tag}
          placeholder={t('libraryTagPlaceholder')}
          aria-label={t('libraryTagPlaceholder')}
          onInput={(event) => setTag(event.currentTarget.value)}
        />
        <datalist id="library-tags">{props.tags.map((known) => <option key={known} value={known} />)}</datalist>
        <button type="submit" class="button">{t('libraryTagAdd')}</button>
        <button type="button" class="button" onClick={() => submitTag(true)}>{t('libraryTagRemove')}</button>
      </form>
      <button type="button" class="button danger" onClick={props.onDelete}>{t('libraryDelete')}</button>
      <span class="spacer" />
      <button type="button" class="button link" onClick={props.onSelectAll}>{t('librarySelectAll')}</button>
      <button type="button" class="button link" onClick={props.onClear}>{t('librarySelectNone')}</button>
    </div>
  );
}
