/** One image file of an EPUB. */
export interface EpubImage {
  /** Path relative to the package document ("images/1-2.jpg"). */
  href: string;
  id: string;
  mediaType: string;
  data: Uint8Array;
}

/**
 * EPUB 3 core media types for images, by the extension given to the file. SVG is left out on
 * purpose: a saved SVG can carry scripts, and some e-readers run them.
 */
const CORE_IMAGE_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** The image type from its first bytes (a stored Blob's own type may be empty or wrong). */
export function sniffImageType(bytes: Uint8Array): string | null {
  const starts = (...values: number[]) => values.every((value, index) => bytes[index] === value);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Elements that would load something from the network or need a player: never in the book. */
const EXTERNAL_MEDIA = 'video, audio, iframe, object, embed, picture > source';

/**
 * Points each `<img>` of a chapter body at an image file of the book, read from the stored
 * Blobs (keyed by original address); an image the Library did not keep, or of a type e-readers
 * need not show, gives way to its alt text. Returns the image files to add.
 */
export async function placeImages(
  body: Element,
  images: ReadonlyMap<string, Blob>,
  chapter: number,
): Promise<EpubImage[]> {
  for (const media of body.querySelectorAll(EXTERNAL_MEDIA)) media.remove();
  const files: EpubImage[] = [];
  const byKey = new Map<string, EpubImage>();
  for (const img of body.querySelectorAll('img')) {
    const key = img.getAttribute('src') ?? '';
    let file = byKey.get(key);
    const blob = images.get(key);
    if (!file && blob) {
      const data = new Uint8Array(await blob.arrayBuffer());
      const mediaType = sniffImageType(data);
      if (mediaType) {
        const number = files.length + 1;
        file = {
          href: `images/${chapter}-${number}.${CORE_IMAGE_TYPES[mediaType]}`,
          id: `img-${chapter}-${number}`,
          mediaType,
          data,
        };
        files.push(file);
        byKey.set(key, file);
      }
    }
    for (const attribute of ['srcset', 'sizes', 'loading', 'decoding']) img.removeAttribute(attribute);
    if (file) {
      img.setAttribute('src', file.href);
      if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    } else {
      img.replaceWith(img.ownerDocument.createTextNode(img.getAttribute('alt') ?? ''));
    }
  }
  return files;
}
