import { LABELS, NEWSLETTER_WORDS } from './clutter-labels';
import {
  AUTHORED_TAGS,
  elementsNamed,
  findByText,
  hasAncestorTag,
  isShort,
  removeShort,
  removeWithEmptyAncestors,
  visibleText,
} from './clutter-dom';
import { leadingLabel, normalizeLabel } from './normalize-label';
import { NEWSLETTER_NAMES as NEWSLETTER_WORDS_BY_LANGUAGE, namePattern } from './clutter-names';

/**
 * Class and id words of newsletter and subscription boxes: WordPress plugins
 * (mc4wp, Mailchimp, Jetpack), Substack and Ghost widgets, and the plain names themes use.
 */
const NEWSLETTER_NAMES =
  /newsletter|subscribe|subscription|signup|sign-up|mc4wp|mailchimp|mc_embed|optin|opt-in|email-capture|inscription-nl/i;

/**
 * A box is a title, a line of pitch and a form: 500 characters. The guard matters because the
 * class words are broad: a theme puts "category-newsletter" on an article filed under that name.
 */
const MAX_BOX_CHARS = 500;

/** A card around a form: wrapper, then the box itself ("div.box > div.inner > form"). */
const MAX_BOX_LEVELS = 2;

/** Class words of newsletter boxes in the site's language, as whole tokens. */
const NEWSLETTER_LANGUAGE_NAMES = namePattern(NEWSLETTER_WORDS_BY_LANGUAGE);

/** A pitch without a form (Readability drops forms) is one or two lines. */
const MAX_PITCH_CHARS = 250;

/**
 * Removes newsletter and subscription boxes: the ones themes mark by class, any short block with
 * an email field, and short lines that call the reader to subscribe to a newsletter.
 */
export function stripNewsletterBoxes(root: Element): void {
  removeShort(root, elementsNamed(root, NEWSLETTER_NAMES), MAX_BOX_CHARS);
  removeShort(root, elementsNamed(root, NEWSLETTER_LANGUAGE_NAMES), MAX_BOX_CHARS);
  // Plain tag lookup filtered in script: a case-insensitive attribute selector costs jsdom far more.
  for (const field of Array.from(root.getElementsByTagName('input'))) {
    if (!isEmailField(field) || !root.contains(field) || field.closest('form')?.querySelector('textarea')) continue;
    removeWithEmptyAncestors(boxAround(field, root), root);
  }
  for (const pitch of findByText(root, MAX_PITCH_CHARS, isPitch)) {
    if (root.contains(pitch)) removeWithEmptyAncestors(pitch, root);
  }
  // A box whose title line is "Newsletter" and whose last line is its button, in separate blocks.
  for (const title of findByText(root, MAX_TITLE_CHARS, (text) => NEWSLETTER_TITLE.test(text))) {
    let box = title.parentElement;
    for (let level = 0; box && box !== root && level < MAX_BOX_LEVELS; level++, box = box.parentElement) {
      if (!isShort(box, MAX_PITCH_CHARS) || hasAncestorTag(box, PITCH_FREE_ZONES)) break;
      // Its lines joined with spaces: textContent runs "Nieuwsbrief" and "Elke vrijdag…" together.
      const text = Array.from(box.children, visibleText).join(' ');
      if (text.startsWith(visibleText(title)) && endsWithCall(text)) {
        removeWithEmptyAncestors(box, root);
        break;
      }
    }
  }
}

/** A newsletter box's title word, in the languages the tables list. */
const NEWSLETTER_TITLE = /^\W*(newsletters?|nieuwsbrief|infolettre|boletin|boletim)\W*$/i;

/** A box title is a word or two. */
const MAX_TITLE_CHARS = 30;

function isEmailField(field: Element): boolean {
  return (
    (field.getAttribute('type') ?? '').toLowerCase() === 'email' || /email/i.test(field.getAttribute('name') ?? '')
  );
}

/**
 * The form around `field`, widened to its card: at most two short ancestors, so that a short
 * real paragraph next to the box is not swept up with it.
 */
function boxAround(field: Element, root: Element): Element {
  // Some sites (ASP.NET WebForms) wrap the whole page in one form: then only the field is the box.
  const form = field.closest('form');
  let box: Element = form && isShort(form, MAX_BOX_CHARS) ? form : field;
  for (let level = 0; level < MAX_BOX_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || parent === root || !isShort(parent, MAX_BOX_CHARS)) break;
    box = parent;
  }
  return box;
}

/** Where a pitch never sits: quotations, code, list items and table cells are the author's. */
const PITCH_FREE_ZONES = new Set([...AUTHORED_TAGS, 'LI', 'TD']);

/** "Subscribe to our newsletter", "Inscrivez-vous à notre newsletter": a call plus what to subscribe to. */
function isPitch(text: string, element: Element): boolean {
  if (!NEWSLETTER_WORDS.test(text) || hasAncestorTag(element, PITCH_FREE_ZONES)) return false;
  if (leadingLabel(text, LABELS.newsletterCall, 4) !== null) return true;
  // "Newsletter · Le meilleur de l'actualité chaque matin · S'inscrire": the box's title opens
  // it and its button closes it, so the call ends the text instead of starting it.
  return /^\W*(newsletters?|nieuwsbrief|infolettre|boletin)\b/i.test(text) && endsWithCall(text);
}

/** Whether the last words of `text` are a subscribe call ("S'inscrire", "Sign up", "Iscriviti"). */
function endsWithCall(text: string): boolean {
  const words = normalizeLabel(text).split(' ');
  for (let count = 1; count <= 3 && count <= words.length; count++) {
    if (SUBSCRIBE_BUTTONS.has(words.slice(-count).join(' '))) return true;
  }
  return false;
}

/** Button words of newsletter boxes, normalized; the box's title must also name a newsletter. */
const SUBSCRIBE_BUTTONS: ReadonlySet<string> = new Set(
  [
    ...LABELS.newsletterCall,
    "s'inscrire",
    "je m'inscris",
    'ok',
    'sign up',
    'subscribe',
    'anmelden',
    'abonnieren',
    'iscriviti',
    'suscribirse',
    'suscribirme',
    'inscrever',
    'assinar',
    'aanmelden',
    'inschrijven',
  ].map(normalizeLabel),
);
