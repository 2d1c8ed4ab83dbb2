import { t } from '../shared/i18n';
import { hostOf } from '../shared/urls';

/**
 * Why an image of an article is not there, for its placeholder: still being saved, missing on
 * its own site (its server did not send it), on another site Liseuse may not read, or simply
 * not kept.
 */
export function missingImageReason(
  article: { url: string; unavailableImages?: readonly string[] },
  pending = false,
): (key: string) => string | null {
  const unavailable = new Set(article.unavailableImages ?? []);
  const site = hostOf(article.url);
  return (key) => {
    if (pending) return t('imageSaving');
    if (unavailable.has(key)) return t('imageUnavailable');
    const host = hostOf(key);
    return host !== site ? t('imageOnOtherSite', host) : t('imageNotKept');
  };
}
