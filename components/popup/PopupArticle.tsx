import { ArticlePage } from '../article/ArticlePage';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { SaveStatus } from './SaveStatus';
import { t } from '../../lib/shared/i18n';
import type { PopupArticleState } from '../../lib/popup/use-popup-article';

export type PopupArticleProps = {
  state: PopupArticleState;
  onSave: () => void;
  onUndo: () => void;
  /** Asks to read the sites holding images not kept; must be called in the click itself. */
  onKeepImages: () => void;
  onShowLibrary: () => void;
  /** Address of the full-tab reader for a saved article. */
  readerHref: (id: string) => string;
};

/** The popup's main view: save status and actions on top, then the clean article or what went wrong. */
export function PopupArticle({ state, onSave, onUndo, onKeepImages, onShowLibrary, readerHref }: PopupArticleProps) {
  return (
    <>
      <nav class="toolbar" aria-label={t('popupActions')}>
        {state.kind === 'ready' && (
          <SaveStatus
            state={state.saveState}
            onSave={onSave}
            onUndo={onUndo}
            imagesOffer={state.imagesOffer}
            onKeepImages={onKeepImages}
          />
        )}
        <span class="spacer" />
        {state.kind === 'ready' && state.articleId && (
          <a class="button" href={readerHref(state.articleId)} target="_blank" rel="noopener">
            {t('openInReader')}
          </a>
        )}
        <button type="button" class="button" onClick={onShowLibrary}>
          {t('libraryHeading')}
        </button>
      </nav>
      <main>
        {state.kind === 'extracting' && <Loading label={t('readingPage')} />}
        {state.kind === 'failed' && <ErrorMessage reason={state.reason} />}
        {state.kind === 'ready' && state.extraction.doubt && (
          <p class="doubt-notice" role="note">{t('doubtfulArticle')}</p>
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
    </>
  );
}
