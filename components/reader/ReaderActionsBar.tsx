import type { Article } from '../../lib/shared/article';
import { t } from '../../lib/shared/i18n';
import { Icon } from '../common/Icon';
import { TagEditor } from './TagEditor';

export type ReaderActionsBarProps = {
  article: Article;
  copied: boolean;
  onArchive(): void;
  onFavorite(): void;
  onTags(edit: { add?: string[]; remove?: string[] }): void;
  onDelete(): void;
  onCopyLink(): void;
};

/**
 * What can be done with the article where it is read: archive (e), favorite (s), tags, delete
 * (#) and copy its link. On narrow windows the buttons keep their names for screen readers only.
 */
export function ReaderActionsBar({
  article,
  copied,
  onArchive,
  onFavorite,
  onTags,
  onDelete,
  onCopyLink,
}: ReaderActionsBarProps) {
  return (
    <div class="reader-actions" role="group" aria-label={t('readerActionsLabel')}>
      <button type="button" class="button" aria-pressed={article.archived} aria-keyshortcuts="e" onClick={onArchive}>
        <Icon name="archive" />
        <span class="reader-button-label">{t(article.archived ? 'readerArchivedState' : 'libraryArchive')}</span>
      </button>
      <button type="button" class="button" aria-pressed={article.favorite} aria-keyshortcuts="s" onClick={onFavorite}>
        <Icon name="star" filled={article.favorite} />
        <span class="reader-button-label">{t('libraryFavorite')}</span>
      </button>
      <TagEditor tags={article.tags} onEdit={onTags} />
      <button type="button" class="button" aria-keyshortcuts="#" onClick={onDelete}>
        <Icon name="trash" />
        <span class="reader-button-label">{t('libraryDelete')}</span>
      </button>
      <button type="button" class="button" onClick={onCopyLink}>
        <Icon name="link" />
        <span class="reader-button-label">{t(copied ? 'readerLinkCopied' : 'readerCopyLink')}</span>
      </button>
      <span class="visually-hidden" role="status">
        {copied ? t('readerLinkCopied') : ''}
      </span>
    </div>
  );
}
