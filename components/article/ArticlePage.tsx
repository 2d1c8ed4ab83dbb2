import { ArticleHeader } from './ArticleHeader';
import { ArticleView } from './ArticleView';
import { leadImageOutsideBody } from '../../lib/reader/lead-image-outside-body';
import { missingImageReason } from '../../lib/reader/missing-image-reason';
import { useMemo } from 'preact/hooks';
import type { Extraction } from '../../lib/extract/types';
import type { SafeHtml } from '../../lib/shared/sanitize';

/** The article fields the page shows; an Extraction and a saved Article both have them. */
export type ArticleFields = Pick<
  Extraction,
  'url' | 'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'leadImage' | 'readingMinutes'
> & { unavailableImages?: readonly string[] };

export type ArticlePageProps = {
  article: ArticleFields;
  html: SafeHtml;
  /** Stored image Blobs by original image address (empty until saved). */
  images: ReadonlyMap<string, Blob>;
  /** True while the images are still being saved. */
  imagesPending?: boolean;
};

/** A whole article: header, lead image (when the body lacks it) and the clean body. */
export function ArticlePage({ article, html, images, imagesPending = false }: ArticlePageProps) {
  const missingReason = useMemo(() => missingImageReason(article, imagesPending), [article, imagesPending]);
  const header = useMemo(
    () => ({ title: article.title, siteName: article.siteName, byline: article.byline }),
    [article.title, article.siteName, article.byline],
  );
  return (
    <article class="article" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <ArticleHeader
        title={article.title}
        byline={article.byline}
        siteName={article.siteName}
        readingMinutes={article.readingMinutes}
        publishedTime={article.publishedTime}
        url={article.url}
      />
      <ArticleView
        html={html}
        images={images}
        leadImage={leadImageOutsideBody(article.leadImage, html)}
        missingReason={missingReason}
        header={header}
      />
    </article>
  );
}
