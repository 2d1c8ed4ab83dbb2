import { messageKeyFor } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';
import type { ImagesOffer, SaveState } from '../../lib/popup/popup-state';
import { KeepImagesOffer } from './KeepImagesOffer';

export type SaveStatusProps = {
  state: SaveState;
  onSave: () => void;
  onUndo: () => void;
  /** After a save: images on other sites that a permission would let Liseuse keep. */
  imagesOffer?: ImagesOffer | null;
  onKeepImages?: () => void;
};

/**
 * Says whether the article is saved, with Undo after a save and Save when it is not saved; after
 * a save, explains images left on other sites and offers to keep them.
 */
export function SaveStatus({ state, onSave, onUndo, imagesOffer, onKeepImages }: SaveStatusProps) {
  return (
    <div class="save-status" role="status" aria-live="polite" data-state={state.kind}>
      {body(state, onSave, onUndo)}
      {state.kind === 'saved' && imagesOffer && onKeepImages && <KeepImagesOffer offer={imagesOffer} onKeepImages={onKeepImages} />}
    </div>
  );
}

function body(state: SaveState, onSave: () => void, onUndo: () => void) {
  switch (state.kind) {
    case 'unsaved':
      return (
        <button type="button" class="button primary" onClick={onSave}>
          {t('save')}
        </button>
      );
    case 'saving':
      return <span>{t('saving')}</span>;
    case 'saved':
      if (state.updated) {
        return (
          <>
            <span>{state.missingImages > 0 ? t('savedUpdatedMissingImages', String(state.missingImages)) : t('savedUpdated')}</span>
            {state.restorable && (
              <button type="button" class="button" onClick={onUndo} title={t('undoUpdateTitle')}>
                {t('undo')}
              </button>
            )}
          </>
        );
      }
      return (
        <>
          <span>{state.missingImages > 0 ? t('savedMissingImages', String(state.missingImages)) : t('saved')}</span>
          <button type="button" class="button" onClick={onUndo}>
            {t('undo')}
          </button>
        </>
      );
    case 'removing':
      return <span>{t('removing')}</span>;
    case 'restoring':
      return <span>{t('restoring')}</span>;
    case 'restored':
      return (
        <>
          <span>{t('restored')}</span>
          <button type="button" class="button" onClick={onSave}>
            {t('saveAgain')}
          </button>
        </>
      );
    case 'removed':
      return (
        <>
          <span>{t('removed')}</span>
          <button type="button" class="button" onClick={onSave}>
            {t('save')}
          </button>
        </>
      );
    case 'failed':
      return (
        <>
          <span role="alert">{t(messageKeyFor(state.reason))}</span>
          <button type="button" class="button" onClick={onSave}>
            {t('tryAgain')}
          </button>
        </>
      );
  }
}
