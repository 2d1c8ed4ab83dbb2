import type { ComponentChildren } from 'preact';
import { ArticlePage } from '../article/ArticlePage';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { t } from '../../lib/shared/i18n';
import type { ReaderState } from '../../lib/reader/use-reader-article';

export type ReaderArticleProps = {
  state: ReaderState;
  libraryHref: string;
  /** Controls at the end of the toolbar (the reader settings). */
  tools?: ComponentChildren;
  /** Shown above the article (its outline). */
  outline?: ComponentChildren;
  /** Shown beside the article once it is ready (the highlights panel and what floats over the text). */
  aside?: ComponentChildren;
};

/** A saved article in the full-tab reader, with a way back to the Library. */
export function ReaderArticle({ state, libraryHref, tools, outline, aside }: ReaderArticleProps) {
  return (
    <>
      <nav class="toolbar" aria-label={t('readerNavigation')}>
        <a class="button" href={libraryHref}>
          {t('libraryHeading')}
        </a>
        <span class="spacer" />
        {tools}
      </nav>
      <main>
        {state.kind === 'loading' && <Loading label={t('loading')} />}
        {state.kind === 'failed' && (
          <ErrorMessage reason={state.reason}>
            <a class="button" href={libraryHref}>
              {t('openLibrary')}
            </a>
          </ErrorMessage>
        )}
        {state.kind === 'ready' && outline}
        {state.kind === 'ready' && (
          <ArticlePage article={state.article} html={state.body.html} images={state.images} />
        )}
      </main>
      {state.kind === 'ready' && aside}
    </>
  );
}
