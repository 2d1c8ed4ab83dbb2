import { PHRASES, SOCIAL_HOSTS } from './clutter-phrases';
import {
  AUTHORED_TAGS,
  hasAncestorTag,
  isShort,
  linksAndButtons,
  removeWithEmptyAncestors,
  visibleText,
} from './clutter-dom';
import { anyOfPattern, normalizeLabel } from './normalize-label';

/** A share or follow bar is a caption and a handful of network names. */
const MAX_BAR_CHARS = 160;

/** One network link in a sentence is a reference; a bar has at least two buttons. */
const MIN_BUTTONS = 2;

/** Network names are a word or two: a longer link text is never one. */
const MAX_NAME_CHARS = 30;

/** Social words and share captions, longest first, as one whole-word pattern over normalized text. */
const SOCIAL_PHRASES = new RegExp(`(^|[^\\p{L}\\p{N}])${anyOfPattern(PHRASES.social)}(?=$|[^\\p{L}\\p{N}])`, 'gu');

/**
 * Removes share and follow bars known by what they say and where they lead, in any markup and any
 * language listed in SOCIAL_WORDS: a short block with two or more links or buttons whose every
 * word is a network name or a share caption ("Partager : Facebook X Envoyer par e-mail",
 * "Whatsapp Facebook Pint Baixar"), its links (if any lead to pages) all on social networks or to
 * nowhere ("#", scripts). Repeated bars go too, each on its own. An article about social networks
 * writes sentences, which have other words, and stays.
 */
export function stripSocialLinks(root: Element): void {
  const seen = new Set<Element>();
  for (const button of linksAndButtons(root)) {
    if (!root.contains(button) || !isSocialButton(button)) continue;
    let bar: Element | null = null;
    for (let box = button.parentElement; box && box !== root; box = box.parentElement) {
      if (seen.has(box)) break;
      seen.add(box);
      if (!isShort(box, MAX_BAR_CHARS) || hasAncestorTag(box, AUTHORED_TAGS) || !isSocialBar(box)) break;
      bar = box;
    }
    if (bar) removeWithEmptyAncestors(bar, root);
  }
}

/** A link or button that names a network (or shows only an icon) and leads to one, or nowhere. */
function isSocialButton(button: Element): boolean {
  // textContent first: nearly every link of a page is longer than a network's name.
  if ((button.textContent ?? '').length > MAX_NAME_CHARS * 4) return false;
  const raw = visibleText(button);
  if (raw.length > MAX_NAME_CHARS) return false;
  const text = normalizeLabel(raw);
  if (text !== '' && !onlySocialWords(text)) return false;
  if (button.tagName === 'BUTTON') return true;
  const href = (button.getAttribute('href') ?? '').trim();
  if (href === '' || href.startsWith('#') || /^(javascript|mailto|sms|whatsapp|tg):/i.test(href))
    return text !== '' || href !== '';
  try {
    return SOCIAL_HOSTS.test(new URL(href, button.ownerDocument.baseURI).hostname);
  } catch (error) {
    void error; // an address that cannot be parsed leads to no network
    return false;
  }
}

/** At least two buttons, every one social, and no word that is not a network or a share caption. */
function isSocialBar(box: Element): boolean {
  const buttons = Array.from(box.querySelectorAll('a, button'));
  return (
    buttons.length >= MIN_BUTTONS && buttons.every(isSocialButton) && onlySocialWords(normalizeLabel(visibleText(box)))
  );
}

function onlySocialWords(normalized: string): boolean {
  return /^[\s,;:|•·/–—()-]*$/.test(normalized.replace(SOCIAL_PHRASES, '$1 '));
}
