import type { ComponentType } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import { PopupArticle } from '../../components/popup/PopupArticle';
import { usePopupArticle } from '../../lib/popup/use-popup-article';
import { readerHref } from '../../lib/shared/extension-pages';
import { useEscape } from '../../lib/shared/use-escape';
import type { ActiveTabReading } from '../../lib/popup/read-active-tab';

type LibraryView = ComponentType<{ onBack: () => void }>;

/** The popup: the clean article of the current tab (saved at once), or the Library. */
export function App({ reading }: { reading: Promise<ActiveTabReading> }) {
  const article = usePopupArticle(reading);
  // The Library's code is fetched when first shown: the article view never waits for it.
  const [Library, setLibrary] = useState<LibraryView | null>(null);
  const [view, setView] = useState<'article' | 'library'>('article');
  useEscape(useCallback(() => (view === 'library' ? setView('article') : window.close()), [view]));
  const showLibrary = () => {
    void import('./PopupLibrary').then(({ PopupLibrary }) => {
      setLibrary(() => PopupLibrary);
      setView('library');
    });
  };

  return view === 'library' && Library ? (
    <Library onBack={() => setView('article')} />
  ) : (
    <PopupArticle
      state={article}
      onSave={article.save}
      onUndo={article.undo}
      onKeepImages={article.keepImages}
      onShowLibrary={showLibrary}
      readerHref={readerHref}
    />
  );
}
