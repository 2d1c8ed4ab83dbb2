import { LABELS } from './clutter-labels';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  isLinkWithHref,
  isShort,
  linksAndButtons,
  removeShort,
  removeWithEmptyAncestors,
} from './clutter-dom';
import { splitAroundLinks } from './clutter-links';
import { SHARE_NAMES as SHARE_WORDS, namePattern } from './clutter-names';
import { endsWithSeparator, normalizeLabel } from './normalize-label';

/** Class words of share bars in the site's language, as whole tokens ("bloc-partage"). */
const SHARE_LANGUAGE_NAMES = namePattern(SHARE_WORDS);

/** Class words of share bars: the common plugins (AddToAny, ShareThis, Jetpack, Shariff…). */
const SHARE_NAMES = /share|sharing|sharedaddy|addtoany|a2a_kit|shariff|ssba|social-(buttons|links|icons)/i;

/** A bar is a caption and a handful of network names: 200 characters; an article is longer. */
const MAX_BAR_CHARS = 200;

/**
 * Addresses that only share the current page: the networks' "intent" endpoints, mail and
 * messenger links. A link to a profile ("twitter.com/someone") is not a share link.
 */
const SHARE_URL = new RegExp(
  [
    String.raw`facebook\.com/(sharer|share\.php|dialog/(share|feed))`,
    String.raw`(twitter|x)\.com/(intent/|share)`,
    String.raw`linkedin\.com/(shareArticle|sharing|cws/share)`,
    String.raw`reddit\.com/submit`,
    String.raw`pinterest\.[a-z.]+/pin/create`,
    String.raw`(api\.)?whatsapp\.com/send`,
    String.raw`^whatsapp:`,
    String.raw`t(elegram)?\.me/share`,
    String.raw`tumblr\.com/(share|widgets/share)`,
    String.raw`news\.ycombinator\.com/submitlink`,
    String.raw`bsky\.app/intent`,
    String.raw`getpocket\.com/(save|edit)`,
    String.raw`flipboard\.com/bookmarklet`,
    String.raw`xing\.com/(spi/shares|social/share)`,
    String.raw`vk\.com/share`,
    String.raw`threads\.net/intent`,
    String.raw`addtoany\.com/(add_to|share)`,
    String.raw`^mailto:\?`,
    String.raw`^mailto:[^?]*\?(subject|body)=`,
    String.raw`^sms:`,
  ].join('|'),
  'i',
);

/**
 * Removes share bars: those themes mark by class, and any short block whose links all share the
 * page (facebook.com/sharer, twitter.com/intent, mailto:?subject…) with at most a "Partager :" caption.
 */
export function stripShareBars(root: Element): void {
  removeShort(root, elementsNamed(root, SHARE_NAMES), MAX_BAR_CHARS);
  removeShort(root, elementsNamed(root, SHARE_LANGUAGE_NAMES), MAX_BAR_CHARS);
  const seen = new Set<Element>();
  for (const link of linksAndButtons(root)) {
    if (!isLinkWithHref(link) || !root.contains(link) || !isShareLink(link)) continue;
    let bar: Element = link;
    // Climb while the box is still short and holds nothing but share links and a caption.
    for (let parent = link.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (seen.has(parent)) break;
      seen.add(parent);
      if (!isShort(parent, MAX_BAR_CHARS) || !isShareBar(parent)) break;
      bar = parent;
    }
    // A lone share link inside a sentence ("email this to a friend") is left: removing it would cut words.
    if (bar !== link) removeWithEmptyAncestors(bar, root);
  }
  for (const caption of findByText(root, MAX_CAPTION_CHARS, isDanglingShareCaption)) {
    if (!hasAncestorTag(caption, AUTHORED_TAGS)) removeWithEmptyAncestors(caption, root);
  }
}

/** The longest share caption in the label tables ("Partager cet article :"). */
const MAX_CAPTION_CHARS = 40;

/**
 * "Partager :" with nothing after it: the caption of a bar whose buttons Readability dropped (it
 * removes `<button>`s), left alone in a paragraph. A caption ends with its separator; a sentence
 * that happens to be "Share" does not, and stays.
 */
function isDanglingShareCaption(text: string, element: Element): boolean {
  return endsWithSeparator(text) && LABELS.share.has(normalizeLabel(text)) && element.querySelector('a') === null;
}

/**
 * One of these is in every address SHARE_URL matches: this pattern of a few literals turns away
 * nearly every link of an article before SHARE_URL's twenty alternatives are tried at each position.
 */
const SHARE_URL_HINT = /\.com\/|\.me\/|pinterest\.|whatsapp|bsky\.app\/|threads\.net\/|mailto:|sms:/i;

function isShareLink(link: HTMLAnchorElement): boolean {
  const href = link.getAttribute('href') ?? '';
  return SHARE_URL_HINT.test(href) && SHARE_URL.test(href);
}

/** Every link shares the page, and the text outside the links is empty or a share caption. */
function isShareBar(box: Element): boolean {
  if (hasAncestorTag(box, AUTHORED_TAGS)) return false;
  const split = splitAroundLinks(box);
  if (!split.links.every(isShareLink) || !/^[\s,;|•·/–—-]*$/.test(split.between)) return false;
  const outside = normalizeLabel(`${split.before} ${split.after}`);
  return outside === '' || LABELS.share.has(outside);
}
