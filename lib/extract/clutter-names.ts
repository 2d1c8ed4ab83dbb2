/**
 * Class and id words of clutter, one table per concern, each grouped by language: themes name
 * their blocks in the site's language (Le Monde's share bar is `partage`, its reader comments
 * `reactions`). Readability keeps them for the clutter steps (read-article.ts). A word matches as a
 * whole token of a class or id, where tokens are split on spaces, "-", "_" and BEM's "__"/"--"
 * ("article__reactions", "bloc-partage"), never inside a word ("partagement", "preshare").
 * Every step that uses a table also caps the length of what it removes, so a theme that puts
 * "partage" on the article body itself loses nothing. Each language's words are one string
 * separated by "|" (the compact form the page script carries).
 */
type NameTable = Readonly<Record<string, string>>;

/** Share bars. Safe: a block named so is a caption and a few buttons, and removal is length-capped. */
export const SHARE_NAMES: NameTable = {
  en: 'share|shares|sharing|share-bar|share-buttons|social-share|social-buttons|social-links|social-icons',
  fr: 'partage|partager|partages|reseaux-sociaux|rs-partage',
  de: 'teilen|shariff|social-bookmarks',
  es: 'compartir|comparte|redes-sociales',
  it: 'condividi|condivisione|social-condividi',
  pt: 'compartilhar|compartilhe|partilhar|partilha|redes-sociais',
  nl: 'delen|deel-knoppen',
};

/**
 * Reader comments and reactions. Safe: removal skips any block that holds the page's heading or
 * more than half of the text around it, so a body class such as "has-reactions" keeps the article.
 */
export const COMMENT_AREA_NAMES: NameTable = {
  en: 'comments|comment-area|reactions|discussion|responses',
  fr: 'commentaires|commentaire|reactions|contributions|reagir',
  de: 'kommentare|kommentar|leserkommentare|diskussion',
  es: 'comentarios|comentario',
  it: 'commenti|commento',
  pt: 'comentarios|comentario',
  nl: 'reacties|reageren',
};

/** Newsletter boxes. Safe: length-capped at one box (see strip-newsletter-boxes.ts). */
export const NEWSLETTER_NAMES: NameTable = {
  en: 'newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|email-capture|mc4wp|mailchimp',
  fr: 'lettre-info|infolettre|inscription-nl|abonnement-newsletter',
  de: 'newsletter-anmeldung|anmeldung',
  es: 'boletin|suscripcion|suscribete',
  it: 'iscrizione|iscriviti',
  pt: 'assine|inscricao|boletim',
  nl: 'nieuwsbrief|aanmelden',
};

/** Subscriber teasers and paywall boxes. Safe: the text must also be short (a box, not the article). */
export const PAYWALL_NAMES: NameTable = {
  en: 'paywall|premium-teaser|subscriber-only|subscribers-only|piano-offer|meter-banner',
  fr: 'reserve-abonnes|abonnes|article-abonne|teaser-abonne',
  de: 'abo-teaser|plus-teaser|paywall-teaser',
  es: 'solo-suscriptores|exclusivo-suscriptores',
  it: 'riservato-abbonati|abbonati',
  pt: 'exclusivo-assinantes|assinantes',
  nl: 'alleen-abonnees|plus-artikel',
};

/** Related-article boxes. Safe: they are removed only when mostly links to other pages. */
export const RELATED_NAMES: NameTable = {
  en: 'related|related-content|related-links|more-stories|dont-miss|recommended|read-next',
  fr: 'a-lire|lire-aussi|voir-aussi|articles-lies|sur-le-meme-sujet|a-voir-aussi',
  de: 'verwandte-artikel|mehr-zum-thema|lesen-sie-auch|aehnliche-artikel',
  es: 'relacionados|relacionadas|te-puede-interesar|lee-tambien',
  it: 'correlati|articoli-correlati|leggi-anche',
  pt: 'relacionados|relacionadas|leia-tambem|veja-tambem',
  nl: 'gerelateerd|lees-ook|meer-nieuws',
};

/** Tag lists. Safe: removed only when nearly all links (a sentence about tags stays). */
export const TAG_LIST_NAMES: NameTable = {
  en: 'tags|tag-list|tags-list|post-tags|entry-tags|article-tags|topics|keywords',
  fr: 'mots-cles|motscles|etiquettes|themes',
  de: 'schlagworte|schlagwoerter|stichworte|themen',
  es: 'etiquetas|temas',
  it: 'etichette|argomenti',
  pt: 'etiquetas|marcadores|assuntos',
  nl: 'trefwoorden|onderwerpen',
};

/**
 * A regular expression matching any word of `table` as a whole token of a class/id string.
 * Hyphens inside an entry may also be underscores or nothing ("lire_aussi", "lireaussi").
 */
export function namePattern(table: NameTable): RegExp {
  const words = [...new Set(Object.values(table).flatMap((words) => words.split('|')))]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/-/g, '[-_]?'));
  return new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})(?=$|[\\s_-])`, 'i');
}
