import { useEffect, useState } from 'preact/hooks';
import { getArticle, getArticleBody, getArticleImages } from '../storage/articles';
import { toDbFailure } from '../storage/transactions';
import type { Article, ArticleBody } from '../shared/article';
import type { Reason } from '../shared/errors';

/** What the reader shows for one saved article. */
export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: Reason }
  | { kind: 'ready'; article: Article; body: ArticleBody; images: ReadonlyMap<string, Blob> }
  /** Imported from another service without its page: to download before reading. */
  | { kind: 'not-downloaded'; article: Article };

/** Loads a saved article, its body and its image Blobs from the Library (again when `version` changes). */
export function useReaderArticle(id: string, version = 0): ReaderState {
  const [loaded, setLoaded] = useState<ReaderState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    Promise.all([getArticle(id), getArticleBody(id), getArticleImages(id)]).then(
      ([article, body, images]) => {
        if (!live) return;
        if (article?.notDownloaded && !body) return setLoaded({ kind: 'not-downloaded', article });
        if (!article || !body) return setLoaded({ kind: 'failed', reason: 'not-found' });
        setLoaded({ kind: 'ready', article, body, images });
      },
      (error: unknown) => {
        console.error('Liseuse: could not read the article', error);
        if (live) setLoaded({ kind: 'failed', reason: toDbFailure(error).reason });
      },
    );
    return () => {
      live = false;
    };
  }, [id, version]);

  const title = loaded.kind === 'ready' || loaded.kind === 'not-downloaded' ? loaded.article.title : null;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  return loaded;
}
