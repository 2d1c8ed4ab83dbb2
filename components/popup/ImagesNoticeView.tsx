import type { ImagesNotice } from '../../lib/popup/popup-state';
import { t, tn } from '../../lib/shared/i18n';
import { Notice } from './Notice';

export type ImagesNoticeViewProps = {
  notice: ImagesNotice;
  /** Must reach permissions.request synchronously: the click is the user gesture it needs. */
  onKeepImages: () => void;
  onDismiss: () => void;
};

/**
 * Why some images were not kept: blocked on another site (Keep images asks for that site), or
 * missing on their own site (nothing to ask for, so nothing is offered).
 */
export function ImagesNoticeView({ notice, onKeepImages, onDismiss }: ImagesNoticeViewProps) {
  const sites = notice.origins.map((origin) => new URL(origin).host).join(', ');
  return (
    <Notice onDismiss={onDismiss}>
      <p>
        <strong>{tn('imagesNotKept', notice.missing)}</strong>{' '}
        {notice.blocked > 0 && <span>{tn('imagesBlocked', notice.blocked, sites)} </span>}
        {notice.unavailable > 0 && <span>{tn('imagesUnavailable', notice.unavailable)}</span>}
      </p>
      {notice.offer === 'offer' && (
        <p class="popup-notice-actions">
          <button type="button" class="button primary" onClick={onKeepImages}>
            {t('keepImages')}
          </button>
        </p>
      )}
      {notice.offer === 'asking' && <p role="status">{t('askingForImages')}</p>}
      {notice.offer === 'keeping' && <p role="status">{t('keepingImages')}</p>}
      {notice.offer === 'refused' && <p>{t('keepImagesRefused')}</p>}
    </Notice>
  );
}
