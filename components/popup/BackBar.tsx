import { t } from '../../lib/shared/i18n';

export type BackBarProps = { onBack: () => void };

/** The popup's toolbar outside the article view: one way back to the article. */
export function BackBar({ onBack }: BackBarProps) {
  return (
    <nav class="toolbar" aria-label={t('popupActions')}>
      <button type="button" class="button" onClick={onBack}>
        {t('backToArticle')}
      </button>
    </nav>
  );
}
