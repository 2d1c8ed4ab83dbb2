import { useLayoutEffect, useRef } from 'preact/hooks';
import { attachStoredImages, IMAGE_KEY_ATTRIBUTE, type MissingReason } from '../../lib/reader/attach-stored-images';
import { dropRepeatedHeader } from '../../lib/reader/clean-header';
import { sanitizeToElement, type SafeHtml } from '../../lib/shared/sanitize';
import { ARTICLE_PAINTED_MARK } from '../../lib/shared/marks';

const NO_IMAGES: ReadonlyMap<string, Blob> = new Map();

export type ArticleViewProps = {
  /** Article body HTML, sanitized by the pipeline (fresh or from the Library): sanitized again here. */
  html: SafeHtml;
  /** Stored image Blobs by original image address; images without one show their alt text. */
  images?: ReadonlyMap<string, Blob>;
  /** Original address of a lead image to show above the body (only when the body lacks it). */
  leadImage?: string | null;
  /** Why an image is not there, for its placeholder. */
  missingReason?: MissingReason;
  /** What the header above shows, so the body does not repeat it. */
  header?: { title: string; siteName: string | null; byline: string | null };
};

/**
 * The one component that renders article HTML. It sanitizes again before rendering (stored HTML
 * is untrusted too) and parks every image address in an attribute while the HTML is still inert,
 * so nothing ever loads from the network; images come back only as object URLs of stored Blobs.
 * The sanitizer's own DOM is moved into the page, not serialized and parsed a second time: on a
 * long article (a 500 kB Wikipedia page) that parse alone cost a quarter of a second.
 */
export function ArticleView({ html, images = NO_IMAGES, leadImage, missingReason, header }: ArticleViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);

  // Preact leaves alone the children of an element it renders without any.
  useLayoutEffect(() => body.current?.replaceChildren(...prepare(html, header).childNodes), [html]);

  useLayoutEffect(
    () => (ref.current ? attachStoredImages(ref.current, images, missingReason) : undefined),
    [html, images, leadImage, missingReason],
  );

  // A layout effect, so the mark is set in the frame that paints the article (useEffect runs after it).
  useLayoutEffect(() => {
    requestAnimationFrame(() => performance.mark(ARTICLE_PAINTED_MARK));
  }, []);

  return (
    <div ref={ref} class="article-content">
      {leadImage && (
        <figure class="article-lead-image">
          <img {...{ [IMAGE_KEY_ATTRIBUTE]: leadImage }} alt="" />
        </figure>
      )}
      <div ref={body} class="article-body" />
    </div>
  );
}

/**
 * Sanitizes (to inert nodes), drops what repeats the header, parks image addresses in
 * IMAGE_KEY_ATTRIBUTE, opens links outside Liseuse.
 */
function prepare(html: SafeHtml, header: ArticleViewProps['header']): HTMLElement {
  const body = sanitizeToElement(html);
  if (header) dropRepeatedHeader(body, header);
  for (const img of body.querySelectorAll('img')) {
    const src = img.getAttribute('src');
    if (src) img.setAttribute(IMAGE_KEY_ATTRIBUTE, src);
    img.removeAttribute('src');
  }
  // <source> would let <picture>/<video> fetch from the network behind our back.
  for (const source of body.querySelectorAll('source')) source.remove();
  for (const link of body.querySelectorAll('a[href^="http"]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return body;
}
