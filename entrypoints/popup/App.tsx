import { useCallback, useState } from 'preact/hooks';
import { PopupArticle } from '../../components/PopupArticle';
import { Library } from '../../components/Library';
import { ErrorMessage } from '../../components/ErrorMessage';
import { BackBar } from '../../components/BackBar';
import { usePopupArticle } from '../../lib/hooks/use-popup-article';
import { useLibrary } from '../../lib/hooks/use-library';
import { useEscape } from '../../lib/hooks/use-escape';
import { readerHref } from '../../lib/reader-href';

/** The popup: the clean article of the current tab (saved at once), or the Library. */
export function App() {
  const article = usePopupArticle();
  const [view, setView] = useState<'article' | 'library'>('article');
  useEscape(useCallback(() => (view === 'library' ? setView('article') : window.close()), [view]));

  return view === 'library' ? (
    <PopupLibrary onBack={() => setView('article')} />
  ) : (
    <PopupArticle
      state={article}
      onSave={article.save}
      onUndo={article.undo}
      onShowLibrary={() => setView('library')}
      readerHref={readerHref}
    />
  );
}

function PopupLibrary({ onBack }: { onBack: () => void }) {
  const { articles, failure } = useLibrary();
  return (
    <>
      <BackBar onBack={onBack} />
      {failure ? <ErrorMessage reason={failure} /> : <Library articles={articles} hrefFor={readerHref} newTab />}
    </>
  );
}
