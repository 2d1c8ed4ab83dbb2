import { ReaderArticle } from '../../components/ReaderArticle';
import { Library } from '../../components/Library';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLibrary } from '../../lib/hooks/use-library';
import { useReaderArticle } from '../../lib/hooks/use-reader-article';
import { readerHref } from '../../lib/reader-href';

/** The full-tab reader: one saved article (`?id=`), or the Library without one. */
export function App({ id }: { id: string | null }) {
  return id ? <SavedArticle id={id} /> : <LibraryPage />;
}

function SavedArticle({ id }: { id: string }) {
  const state = useReaderArticle(id);
  return <ReaderArticle state={state} libraryHref={readerHref()} />;
}

function LibraryPage() {
  const { articles, failure } = useLibrary();
  if (failure) return <ErrorMessage reason={failure} />;
  return <Library articles={articles} hrefFor={readerHref} />;
}
