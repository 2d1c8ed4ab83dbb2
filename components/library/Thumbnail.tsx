import { useObjectUrl } from '../../lib/shared/use-object-url';

export type ThumbnailProps = {
  /** The stored lead-image thumbnail, or null for the placeholder. */
  image: Blob | null;
  /** The site, whose first letter marks the placeholder. */
  site: string;
};

/** A row's small lead image, or a quiet tile with the site's initial when none was kept. */
export function Thumbnail({ image, site }: ThumbnailProps) {
  const url = useObjectUrl(image);
  return (
    <span class="library-thumb" aria-hidden="true">
      {url ? (
        <img src={url} alt="" />
      ) : (
        <span class="library-thumb-initial">{[...site.trim()][0]?.toLocaleUpperCase() ?? '·'}</span>
      )}
    </span>
  );
}
