import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useEscape } from '../shared/use-escape';

/**
 * Which view the popup shows, the article or the Library. The article stays in the page while
 * the Library shows, and its scroll position comes back with it; Escape goes back from the
 * Library (after the Library used it to clear a search), and closes the popup from the article.
 */
export function usePopupView(close: () => void = () => window.close()) {
  const [view, setView] = useState<'article' | 'library'>('article');
  const articleScroll = useRef(0);

  const showLibrary = useCallback(() => {
    articleScroll.current = window.scrollY;
    setView('library');
  }, []);
  const showArticle = useCallback(() => setView('article'), []);

  useLayoutEffect(() => {
    if (view === 'article') window.scrollTo(0, articleScroll.current);
    else window.scrollTo(0, 0);
  }, [view]);

  useEscape(useCallback(() => (view === 'library' ? showArticle() : close()), [view, showArticle, close]));
  return { view, showLibrary, showArticle };
}
