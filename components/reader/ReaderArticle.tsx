import type { ComponentChildren } from 'preact';
import { ArticlePage } from '../article/ArticlePage';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { t } from '../../lib/shared/i18n';
import type { ReaderState } from '../../lib/reader/use-reader-article';
import type { Article } from '../../lib/shared/article';

export type ReaderArticleProps = {
  state: ReaderState;
  /** The article as the reader's actions left it (archived, favorite, tags). */
  article: Article | null;
  deleted: boolean;
  libraryHref: string;
  /** The thin reading-progress line along the top. */
  progress?: ComponentChildren;
  /** Buttons after the Library link (the collapsed outline). */
  navigation?: ComponentChildren;
  /** Actions on the article and the settings, at the end of the toolbar. */
  tools?: ComponentChildren;
  /** The outline in the margin, when the margin is wide enough. */
  outline?: ComponentChildren;
  /** Shown beside the article once it is ready (the highlights panel and what floats over the text). */
  aside?: ComponentChildren;
  /** Shown for an article imported without its page (what downloads it). */
  notDownloaded?: ComponentChildren;
  /** Undo and problems, floating at the foot of the window. */
  toasts?: ComponentChildren;
  /** i18n key of the message of the last failure, shown in an alert. */
  failure?: string | null;
};

/** A saved article in the full-tab reader: toolbar, progress, the text, its outline and a side panel. */
export function ReaderArticle(props: ReaderArticleProps) {
  const { state } = props;
  return (
    <>
      <nav class="toolbar reader-bar" aria-label={t('readerNavigation')}>
        {props.progress}
        <a class="button" href={props.libraryHref}>
          <span aria-hidden="true">←</span>
          <span class="reader-button-label">{t('libraryHeading')}</span>
        </a>
        {props.navigation}
        <span class="spacer" />
        {props.tools}
      </nav>
      <div class="reader-layout">
        {props.outline}
        <main class="reader-main">
          {state.kind === 'loading' && <Loading label={t('loading')} />}
          {state.kind === 'failed' && (
            <ErrorMessage reason={state.reason}>
              <a class="button" href={props.libraryHref}>
                {t('openLibrary')}
              </a>
            </ErrorMessage>
          )}
          {state.kind === 'not-downloaded' && props.notDownloaded}
          {state.kind === 'ready' && props.deleted && (
            <section class="message" aria-labelledby="reader-deleted-heading">
              <h1 id="reader-deleted-heading">{t('readerDeletedHeading')}</h1>
              <p>{t('readerDeletedText')}</p>
              <div class="message-actions">
                <a class="button" href={props.libraryHref}>
                  {t('openLibrary')}
                </a>
              </div>
            </section>
          )}
          {state.kind === 'ready' && !props.deleted && (
            <ArticlePage article={props.article ?? state.article} html={state.body.html} images={state.images} />
          )}
          <div class="reader-toasts">
            {props.failure && (
              <p class="reader-failure" role="alert">
                {t(props.failure)}
              </p>
            )}
            {props.toasts}
          </div>
        </main>
        {state.kind === 'ready' && !props.deleted && props.aside}
      </div>
    </>
  );
}
