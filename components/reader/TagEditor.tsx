import { useTagEntry } from '../../lib/library/use-tag-entry';
import { useDisclosure } from '../../lib/shared/use-disclosure';
import { t } from '../../lib/shared/i18n';
import { Icon } from '../common/Icon';

export type TagEditorProps = {
  tags: readonly string[];
  onEdit(edit: { add?: string[]; remove?: string[] }): void;
};

/** The article's tags behind a button: each with a way to remove it, and a field to add one. */
export function TagEditor({ tags, onEdit }: TagEditorProps) {
  const panel = useDisclosure();
  const entry = useTagEntry(onEdit);
  return (
    <div class="reader-popover-anchor">
      <button
        ref={panel.button}
        type="button"
        class="button"
        aria-expanded={panel.open}
        aria-controls="reader-tags"
        onClick={panel.toggle}
      >
        <Icon name="tag" />
        <span class="reader-button-label">
          {tags.length > 0 ? t('readerTagsCount', String(tags.length)) : t('libraryTags')}
        </span>
      </button>
      {panel.open && (
        <div
          id="reader-tags"
          class="reader-popover reader-tags"
          role="group"
          aria-label={t('readerTagsLabel')}
          ref={(element) => {
            panel.panel.current = element;
          }}
          onKeyDown={panel.onPanelKey}
        >
          <form
            class="reader-tag-form"
            onSubmit={(event) => {
              event.preventDefault();
              entry.submit(false);
            }}
          >
            <input
              type="text"
              value={entry.value}
              placeholder={t('libraryTagPlaceholder')}
              aria-label={t('libraryTagPlaceholder')}
              onInput={(event) => entry.setValue(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              {t('libraryTagAdd')}
            </button>
          </form>
          {tags.length > 0 ? (
            <ul class="reader-tag-list">
              {tags.map((tag) => (
                <li key={tag}>
                  <bdi>#{tag}</bdi>
                  <button
                    type="button"
                    class="button link"
                    aria-label={t('readerTagRemove', tag)}
                    onClick={() => onEdit({ remove: [tag] })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="reader-tags-empty">{t('readerNoTags')}</p>
          )}
        </div>
      )}
    </div>
  );
}
