import { ReaderArticle } from '../../components/ReaderArticle';
import { Library } from '../../components/Library';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLibrary } from '../../lib/hooks/use-library';
import { useReaderArticle } from '../../lib/hooks/use-reader-article';
import { readerHref } from '../../lib/reader-href';
import { libraryHref } from '../../lib/library-href';
import { ReaderSettingsPanel } from '../../components/reader/ReaderSettingsPanel';
import { Outline } from '../../components/reader/Outline';
import { useReaderSettings } from '../../lib/hooks/use-reader-settings';
import { useReadingProgress } from '../../lib/hooks/use-reading-progress';
import { useOutline } from '../../lib/hooks/use-outline';

/** The full-tab reader: one saved article (`?id=`), or the Library without one. */
export function App({ id }: { id: string | null }) {
  return id ? <SavedArticle id={id} /> : <LibraryPage />;
}

function SavedArticle({ id }: { id: string }) {
  const state = useReaderArticle(id);
  const [settings, changeSettings] = useReaderSettings();
  const ready = state.kind === 'ready';
  useReadingProgress(id, ready ? state.article.progress : null, ready);
  const outline = useOutline(ready, ready ? state.article.wordCount : 0);
  return (
    <ReaderArticle
      state={state}
      libraryHref={libraryHref()}
      tools={<ReaderSettingsPanel settings={settings} onChange={changeSettings} />}
      outline={outline.length > 0 ? <Outline entries={outline} /> : null}
    />
  );
}

function LibraryPage() {
  const { articles, failure } = useLibrary();
  if (failure) return <ErrorMessage reason={failure} />;
  return <Library articles={articles} hrefFor={readerHref} />;
}
