import type { ImageInput } from '../shared/article';
import type { ThumbnailInput } from '../storage/schema';

/**
 * Longest side of a thumbnail, in pixels: a Library row shows it at about 80 CSS pixels, twice
 * that on a high-density screen. A few kilobytes each, so a screen of rows reads next to nothing.
 */
export const THUMBNAIL_SIZE = 160;

/**
 * A small WebP copy of an image (PNG where the browser cannot encode WebP), for the Library's
 * rows; null where this context cannot draw (no OffscreenCanvas) or the image cannot be decoded
 * (SVG in a service worker, a broken file): a row then shows no thumbnail, and nothing fails.
 */
export async function makeThumbnail(blob: Blob): Promise<ThumbnailInput | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(bitmap.width, bitmap.height, 1));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const thumbnail = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
    return { blob: thumbnail, type: thumbnail.type, width, height };
  } catch (error) {
    console.debug('Liseuse: no thumbnail for this image', error);
    return null;
  }
}

/** The thumbnail of an article: of its lead image when it was kept, else of its first kept image. */
export function thumbnailSource(images: readonly ImageInput[], leadImage: string | null): ImageInput | null {
  return images.find((image) => image.key === leadImage) ?? images[0] ?? null;
}
