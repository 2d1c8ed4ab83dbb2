import { ARTICLES_FOLDER } from './format';

/** Ids as Liseuse makes them (UUIDs); anything else is percent-encoded into a safe folder name. */
const SAFE_SEGMENT = /^[A-Za-z0-9_-]{1,128}$/;

/** The folder of one article in a backup: `articles/<id>/`. */
export function articleFolder(id: string): string {
  return `${ARTICLES_FOLDER}${SAFE_SEGMENT.test(id) ? id : encodeURIComponent(id).replace(/\./g, '%2E')}/`;
}

/** The id of the article whose folder holds `path`, and the path inside that folder; null outside. */
export function splitArticlePath(path: string): { folder: string; inside: string } | null {
  if (!path.startsWith(ARTICLES_FOLDER)) return null;
  const slash = path.indexOf('/', ARTICLES_FOLDER.length);
  if (slash === -1) return null;
  return { folder: path.slice(0, slash + 1), inside: path.slice(slash + 1) };
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
};

/** The file of the `index`-th image of an article, with an extension that opens it anywhere. */
export function imagePath(index: number, type: string): string {
  return `images/${index + 1}.${EXTENSIONS[type.split(';')[0].trim().toLowerCase()] ?? 'bin'}`;
}

/** The file of an article's lead-image thumbnail. */
export function thumbnailPath(type: string): string {
  return `thumbnail.${EXTENSIONS[type.split(';')[0].trim().toLowerCase()] ?? 'bin'}`;
}

/** Images already compressed: deflating them again costs time and saves nothing. */
export function isCompressedImage(type: string): boolean {
  return !/svg|bmp|x-icon|microsoft\.icon/i.test(type);
}
