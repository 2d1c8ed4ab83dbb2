import { PHRASES } from './clutter-phrases';
import { TAG_LIST_NAMES, namePattern } from './clutter-names';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  isShort,
  removeWithEmptyAncestors,
  textLength,
} from './clutter-dom';
import { splitAroundLinks } from './clutter-links';
import { leadingLabel, normalizeLabel } from './normalize-label';

/** A tag list is a caption and a dozen short links. */
const MAX_LIST_CHARS = 600;

/** A tag caption ("Mots-clés :") is a word or two. */
const MAX_CAPTION_CHARS = 30;

/** Boxes climbed from the caption to the list around it ("<p><strong>Tags:</strong> <a>…</a></p>"). */
const MAX_CLIMB = 2;

/** Share of a named box's text that is link text for it to be a tag list, not a paragraph about topics. */
const MIN_LINK_SHARE = 0.6;

const TAG_NAME_PATTERN = namePattern(TAG_LIST_NAMES);
const SEPARATORS_ONLY = /^[\s,;|•·/–—#-]*$/;

/**
 * Removes tag lists ("Tags: Politics, Lyon, Transport", "Mots-clés : …", "Schlagworte: …"): boxes
 * themes name so that are nearly all links, and any short block that is a tag caption followed by
 * nothing but links.
 */
export function stripTagLists(root: Element): void {
  for (const box of elementsNamed(root, TAG_NAME_PATTERN)) {
    if (root.contains(box) && box !== root && isShort(box, MAX_LIST_CHARS) && isMostlyLinks(box))
      removeWithEmptyAncestors(box, root);
  }
  // The caption is its own element ("<strong>Tags:</strong>") or opens the line's own text.
  const captions = findByText(
    root,
    MAX_LIST_CHARS,
    (text) =>
      (text.length <= MAX_CAPTION_CHARS && PHRASES.tagLabel.has(normalizeLabel(text))) ||
      leadingLabel(text, PHRASES.tagLabel, 3) !== null,
  );
  for (const caption of captions) {
    let box: Element | null = caption;
    for (let level = 0; box && box !== root && level <= MAX_CLIMB; level++, box = box.parentElement) {
      if (!isShort(box, MAX_LIST_CHARS) || hasAncestorTag(box, AUTHORED_TAGS)) break;
      if (isCaptionedLinks(box)) {
        removeWithEmptyAncestors(box, root);
        break;
      }
    }
  }
}

/** A tag caption, then links with separators between them, and nothing after. */
function isCaptionedLinks(box: Element): boolean {
  const split = splitAroundLinks(box);
  return (
    split.links.length > 0 &&
    PHRASES.tagLabel.has(normalizeLabel(split.before)) &&
    normalizeLabel(split.after) === '' &&
    SEPARATORS_ONLY.test(split.between)
  );
}

function isMostlyLinks(box: Element): boolean {
  if (hasAncestorTag(box, AUTHORED_TAGS)) return false;
  const split = splitAroundLinks(box);
  return split.links.length > 0 && split.inside.length >= textLength(box) * MIN_LINK_SHARE;
}
