import { LibraryItem, type LibraryEntry } from './LibraryItem';

export type { LibraryEntry } from './LibraryItem';

export type LibraryListProps = {
  /** Already in display order (newest save first). */
  articles: LibraryEntry[];
  /** Address of the reader for one article. */
  hrefFor: (id: string) => string;
  /** Open articles in a new tab (from the popup) or in place (in the reader). */
  newTab?: boolean;
};

/** The saved articles as a list of links to the reader. */
export function LibraryList({ articles, hrefFor, newTab = false }: LibraryListProps) {
  return (
    <ul class="library-list">
      {articles.map((article) => (
        <LibraryItem key={article.id} article={article} href={hrefFor(article.id)} newTab={newTab} />
      ))}
    </ul>
  );
}
