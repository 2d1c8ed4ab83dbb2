import { messageKeyFor } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';
import type { SaveState } from '../../lib/popup/popup-state';

export type SaveStatusProps = {
  state: SaveState;
  onSave: () => void;
  onUndo: () => void;
};

/**
 * One line in the popup's bar: whether the article is saved, with Undo after a save and Save
 * when it is not. Explanations (images not kept) go in notices under the bar, not here.
 */
export function SaveStatus({ state, onSave, onUndo }: SaveStatusProps) {
  return (
    <div class="save-status" role="status" aria-live="polite" data-state={state.kind}>
      {body(state, onSave, onUndo)}
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
      return <span class="save-status-text">{t('saving')}</span>;
    case 'saved':
      if (state.updated) {
        return (
          <>
            <span class="save-status-text" title={t('savedUpdatedTitle')}>
              {t('savedUpdated')}
            </span>
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
          <span class="save-status-text">{t(state.asLink ? 'savedAsLink' : 'saved')}</span>
          <button type="button" class="button" onClick={onUndo}>
            {t('undo')}
          </button>
        </>
      );
    case 'removing':
      return <span class="save-status-text">{t('removing')}</span>;
    case 'restoring':
      return <span class="save-status-text">{t('restoring')}</span>;
    case 'restored':
      return (
        <>
          <span class="save-status-text">{t('restored')}</span>
          <button type="button" class="button" onClick={onSave}>
            {t('saveAgain')}
          </button>
        </>
      );
    case 'removed':
      return (
        <>
          <span class="save-status-text">{t('removed')}</span>
          <button type="button" class="button" onClick={onSave}>
            {t('save')}
          </button>
        </>
      );
    case 'failed':
      return (
        <>
          <span class="save-status-text" title={t(messageKeyFor(state.reason))}>
            {t('saveFailedShort')}
          </span>
          <button type="button" class="button" onClick={onSave}>
            {t('tryAgain')}
          </button>
        </>
      );
  }
}
