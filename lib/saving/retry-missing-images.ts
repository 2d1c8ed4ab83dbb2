import { addArticleImages, getArticleBody, listArticles, listImageKeys } from '../storage/articles';
import { articleImageUrls } from './image-urls';
import { storeImages, type ImageSources } from './store-images';

/** Whether `url` falls under one of the granted match patterns ("https://cdn.example/*", "<all_urls>"). */
function coveredBy(patterns: readonly string[]): (url: string) => boolean {
  if (patterns.includes('<all_urls>')) return () => true;
  const origins = new Set(
    patterns.flatMap((pattern) => {
      try {
        return [new URL(pattern.replace(/\*$/, '')).origin];
      } catch {
        // Wildcard hosts ("*://*.example/*") are never requested by Liseuse: nothing to match.
        return [];
      }
    }),
  );
  return (url) => origins.has(new URL(url).origin);
}

let running: Promise<number> = Promise.resolve(0);

/**
 * Downloads the images saved articles are missing from sites the user just allowed, and adds
 * them. Runs in the background on permissions.onAdded: the permission prompt may close the
 * popup that asked, so the popup cannot be the one to finish the job. Returns images added.
 * Calls are queued, so a popup awaiting it gets the result of the retry that covers its sites.
 */
export function retryMissingImages(patterns: readonly string[], sources?: ImageSources): Promise<number> {
  running = running.then(
    () => retryNow(patterns, sources),
    () => retryNow(patterns, sources),
  );
  return running;
}

async function retryNow(patterns: readonly string[], sources?: ImageSources): Promise<number> {
  const covered = coveredBy(patterns);
  let added = 0;
  for (const article of await listArticles()) {
    if (article.missingImageCount === 0) continue;
    const [body, stored] = await Promise.all([getArticleBody(article.id), listImageKeys(article.id)]);
    const urls = articleImageUrls(body?.html ?? '', article.leadImage);
    const wanted = urls.filter((url) => !stored.has(url) && covered(url));
    if (wanted.length === 0) continue;
    const found = await storeImages(wanted, {}, sources);
    if (found.images.length === 0) continue;
    const result = await addArticleImages(
      article.id,
      found.images,
      Math.max(0, article.missingImageCount - found.images.length),
    );
    if (result.ok) added += found.images.length;
    else console.warn('Liseuse: images not added', article.id, result);
  }
  return added;
}
