import { t } from '../lib/t';
import { LibraryList, type LibraryEntry } from './LibraryList';
import { Loading } from './Loading';

export type LibraryProps = {
  /** null while loading. */
  articles: LibraryEntry[] | null;
  hrefFor: (id: string) => string;
  newTab?: boolean;
};

/** The Library: a heading and the saved articles, newest first, or how to save the first one. */
export function Library({ articles, hrefFor, newTab }: LibraryProps) {
  return (
    <section class="library" aria-labelledby="library-heading">
      <h1 id="library-heading">{t('libraryHeading')}</h1>
      {articles === null ? (
        <Loading label={t('loading')} />
      ) : articles.length === 0 ? (
        <p class="library-empty">{t('libraryEmpty')}</p>
      ) : (
        <LibraryList articles={articles} hrefFor={hrefFor} newTab={newTab} />
      )}
    </section>
  );
}
