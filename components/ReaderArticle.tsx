import { ArticlePage } from './ArticlePage';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';
import { t } from '../lib/t';
import type { ReaderState } from '../lib/hooks/use-reader-article';

export type ReaderArticleProps = { state: ReaderState; libraryHref: string };

/** A saved article in the full-tab reader, with a way back to the Library. */
export function ReaderArticle({ state, libraryHref }: ReaderArticleProps) {
  return (
    <>
      <nav class="toolbar" aria-label={t('readerNavigation')}>
        <a class="button" href={libraryHref}>
          {t('libraryHeading')}
        </a>
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
        {state.kind === 'ready' && (
          <ArticlePage article={state.article} html={state.body.html} images={state.images} />
        )}
      </main>
    </>
  );
}
