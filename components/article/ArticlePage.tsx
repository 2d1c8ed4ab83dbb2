import { ArticleHeader } from './ArticleHeader';
import { ArticleView } from './ArticleView';
import { leadImageOutsideBody } from '../../lib/reader/lead-image-outside-body';
import type { Extraction } from '../../lib/extract/types';
import type { SafeHtml } from '../../lib/shared/sanitize';

/** The article fields the page shows; an Extraction and a saved Article both have them. */
export type ArticleFields = Pick<
  Extraction,
  'url' | 'title' | 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'leadImage' | 'readingMinutes'
>;

export type ArticlePageProps = {
  article: ArticleFields;
  html: SafeHtml;
  /** Stored image Blobs by original image address (empty until saved). */
  images: ReadonlyMap<string, Blob>;
  /** True while the images are still being saved. */
  imagesPending?: boolean;
};

/** A whole article: header, lead image (when the body lacks it) and the clean body. */
export function ArticlePage({ article, html, images, imagesPending }: ArticlePageProps) {
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
        imagesPending={imagesPending}
      />
    </article>
  );
}
