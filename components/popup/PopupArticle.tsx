import type { ComponentChildren, Ref } from 'preact';
import { ArticlePage } from '../article/ArticlePage';
import { Loading } from '../common/Loading';
import { ImagesNoticeView } from './ImagesNoticeView';
import { Notice } from './Notice';
import { PopupError } from './PopupError';
import { SaveStatus } from './SaveStatus';
import { messageKeyFor } from '../../lib/shared/errors';
import { t } from '../../lib/shared/i18n';
import type { ErrorAction } from '../../lib/popup/error-actions';
import type { PopupArticleActions, PopupArticleState } from '../../lib/popup/use-popup-article';

export type PopupArticleProps = {
  state: PopupArticleState;
  actions: PopupArticleActions;
  /** Next steps offered with a failure (lib/popup/error-actions.ts). */
  errorActions: ErrorAction[];
  onErrorAction(action: ErrorAction): void;
  onShowLibrary: () => void;
  /** Address of the full-tab reader for a saved article. */
  readerHref: (id: string) => string;
  /** More one-line notices under the bar (e.g. a doubt about the article), before the article. */
  notices?: ComponentChildren;
  /** The article's region, which takes the focus when the popup opens. */
  mainRef: Ref<HTMLElement>;
  /** Kept in the page (with its scroll position) while the Library view shows. */
  hidden?: boolean;
};

/** The popup's main view: a one-line bar, notices in the flow, then the clean article or what went wrong. */
export function PopupArticle(props: PopupArticleProps) {
  const { state, actions } = props;
  const saveState = state.kind === 'extracting' ? null : state.saveState;
  const articleId = state.kind === 'ready' ? state.articleId : null;
  const title = state.kind === 'ready' ? state.extraction.title : undefined;
  return (
    <div class="popup-article-view" hidden={props.hidden}>
      <nav class="toolbar popup-bar" aria-label={t('popupActions')}>
        {saveState && (state.kind === 'ready' || saveState.kind !== 'unsaved') && (
          <SaveStatus
            state={saveState}
            onSave={state.kind === 'failed' ? actions.saveLink : actions.save}
            onUndo={actions.undo}
          />
        )}
        <span class="spacer" />
        {articleId && (
          <a class="button" href={props.readerHref(articleId)} target="_blank" rel="noopener">
            {t('openInReader')}
          </a>
        )}
        <button type="button" class="button" onClick={props.onShowLibrary}>
          {t('libraryHeading')}
        </button>
      </nav>
      <div class="popup-notices">
        {props.notices}
        {state.kind === 'ready' && state.extraction.doubt && (
          <p class="doubt-notice popup-notice" role="note">
            {t('doubtfulArticle')}
          </p>
        )}
        {saveState?.kind === 'failed' && <Notice tone="problem">{t(messageKeyFor(saveState.reason))}</Notice>}
        {state.kind === 'ready' && state.imagesNotice && (
          <ImagesNoticeView
            notice={state.imagesNotice}
            onKeepImages={actions.keepImages}
            onDismiss={actions.dismissImagesNotice}
          />
        )}
      </div>
      <main ref={props.mainRef} tabIndex={-1} aria-label={title || t('popupArticleRegion')} class="popup-main">
        {state.kind === 'extracting' && <Loading label={t('readingPage')} />}
        {state.kind === 'failed' && (
          <PopupError
            reason={state.reason}
            actions={props.errorActions}
            onAction={props.onErrorAction}
            linkSaved={state.saveState.kind === 'saved'}
          />
        )}
        {state.kind === 'ready' && (
          <ArticlePage
            article={state.extraction}
            html={state.extraction.html}
            images={state.images}
            imagesPending={state.saveState.kind !== 'saved'}
          />
        )}
      </main>
    </div>
  );
}
