import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadArticle } from '../saving/download-article';
import { originPatterns, requestOrigins } from '../saving/permissions';
import type { Article } from '../shared/article';
import type { Reason } from '../shared/errors';

/** Where the download of an imported article stands. */
export type ArticleDownload = { kind: 'idle' } | { kind: 'downloading' } | { kind: 'failed'; reason: Reason };

/**
 * Downloads the page of an article imported without it. Opening the article starts it at once
 * when Liseuse may already read the site; otherwise the reader's click on `download` asks for
 * that site (the permission prompt needs the click), then fetches and cleans the page.
 */
export function useArticleDownload(
  article: Article | null,
  onDone: () => void,
): { download: ArticleDownload; start(): void } {
  const [download, setDownload] = useState<ArticleDownload>({ kind: 'idle' });

  const run = useCallback(
    (target: Article, permission: Promise<boolean>) => {
      setDownload({ kind: 'downloading' });
      void permission
        .then(() => downloadArticle(target))
        .then(
          (result) => {
            if (result.ok) onDone();
            else setDownload({ kind: 'failed', reason: result.reason });
          },
          (error: unknown) => {
            console.error('Liseuse: download failed', error);
            setDownload({ kind: 'failed', reason: 'fetch-failed' });
          },
        );
    },
    [onDone],
  );

  useEffect(() => {
    if (!article) return;
    let live = true;
    void browser.permissions.contains({ origins: originPatterns([article.url]) }).then((granted) => {
      if (live && granted) run(article, Promise.resolve(true));
    });
    return () => {
      live = false;
    };
  }, [article?.id]);

  // Synchronously in the click: permissions.request needs the reader's gesture.
  const start = useCallback(() => {
    if (article) run(article, requestOrigins([article.url]));
  }, [article, run]);
  return { download, start };
}
