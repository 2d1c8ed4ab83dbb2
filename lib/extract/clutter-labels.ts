import { labelSet } from './normalize-label';

/**
 * Label words, one table per concern, each grouped by language. Entries are compared after
 * normalizeLabel (lower case, accents and trailing ":"/"|" removed), so "À LIRE AUSSI :" matches
 * "à lire aussi". A label only ever matches the WHOLE text of a short element or the whole text
 * before a link, never a word inside a sentence; each comment says why that is safe for its table.
 * Each language's entries are one string separated by "|": the page script carries these tables,
 * and this form is a third smaller than arrays of strings.
 */
type LabelTable = Readonly<Record<string, string>>;

/**
 * Labels that introduce an inline promo ("Lire aussi : <link to another article>"). Safe because
 * a promo is removed only when the label is the whole text before a link to another page and
 * nothing but that link follows; no sentence of an article is a bare "See also" plus a link.
 */
export const PROMO_LABELS: LabelTable = {
  en: "read also|also read|read more|related|related article|related story|related content|more on this|more on this story|recommended|recommended reading|don't miss|must read|editor's pick|you might like|trending|also on",
  fr: 'lire aussi|à lire aussi|a lire aussi|lire également|à lire également|à voir aussi|voir aussi|sur le même sujet|en lien|lisez aussi|découvrir aussi|à découvrir|notre sélection|pour aller plus loin',
  de: 'lesen sie auch|lies auch|auch interessant|mehr zum thema|das könnte sie auch interessieren|passend dazu|siehe auch|zum thema',
  it: 'leggi anche|potrebbe interessarti|vedi anche|approfondisci|leggi pure',
  es: 'lee también|lea también|leer también|te puede interesar|le puede interesar|relacionado|relacionada|ver también|más información',
  pt: 'leia também|leia mais|veja também|relacionado|saiba mais|você pode gostar',
  nl: 'lees ook|lees meer|zie ook|gerelateerd|ook interessant',
  pl: 'czytaj także|czytaj też|zobacz też|zobacz także|przeczytaj także|polecamy',
  sv: 'läs också|läs även|läs mer',
};

/**
 * Promo labels that are also ordinary verbs ("Read the fine print…", "See how…"). They count as a
 * label only when set apart: in their own bold/span element, in capitals ("READ"), or followed
 * by ":" or "|". Otherwise "Read <a>our guide</a>." would lose a real sentence.
 */
export const VERB_PROMO_LABELS: LabelTable = {
  en: 'read|see|see also|watch|listen|more|next',
  fr: 'lire|voir|à lire|regarder|écouter',
  de: 'lesen|mehr|siehe',
  it: 'leggi|vedi',
  es: 'lee|lea|leer|ver',
  pt: 'leia|veja',
  nl: 'lees|zie',
};

/**
 * Short labels that announce the author's own material, never a promo: "Source: <link>",
 * "Note: <link>". A label-like prefix found by structure alone (an unknown language) is ignored
 * when it is one of these.
 */
export const CONTENT_LABELS: LabelTable = {
  en: 'source|sources|note|notes|via|update|updated|edit|correction|credit|credits|photo|image|video|download|tip|warning|disclosure|reference|references|example|paper|study|report|data|code|demo|docs',
  fr: 'source|sources|note|mise à jour|crédit|crédits|télécharger|exemple|étude|rapport|données',
  de: 'quelle|quellen|hinweis|anmerkung|aktualisierung|beispiel|studie',
  it: 'fonte|fonti|nota|aggiornamento|esempio|studio',
  es: 'fuente|fuentes|nota|actualización|ejemplo|estudio',
  pt: 'fonte|fontes|nota|atualização|exemplo|estudo',
  nl: 'bron|bronnen|noot|update|voorbeeld',
};

/**
 * Comment-form and comment-thread prompts. Safe: they are the whole text of a heading or a short
 * paragraph, a wording no article uses for its own headings (an article ABOUT comments says
 * "Comments", which is not listed; "3 comments" counts are matched by COMMENT_COUNT below).
 */
export const COMMENT_LABELS: LabelTable = {
  en: 'leave a reply|leave a comment|post a comment|add a comment|write a comment|join the discussion|join the conversation|cancel reply|your email address will not be published|required fields are marked|comments are closed|show comments|view comments|load comments',
  fr: "laisser un commentaire|laisser une réponse|répondre|annuler la réponse|ajouter un commentaire|écrire un commentaire|votre adresse e-mail ne sera pas publiée|votre adresse de messagerie ne sera pas publiée|les champs obligatoires sont indiqués avec|les commentaires sont fermés|réagir|voir les commentaires|réagissez|réagissez ou consultez l'ensemble des contributions|voir les contributions|contributions",
  de: 'schreibe einen kommentar|hinterlasse einen kommentar|kommentar schreiben|antworten abbrechen|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit|kommentare anzeigen|jetzt kommentieren|kommentieren',
  it: 'lascia un commento|lascia una risposta|annulla risposta|il tuo indirizzo email non sarà pubblicato|commenta|i campi obbligatori sono contrassegnati',
  es: 'deja un comentario|deja una respuesta|cancelar respuesta|escribe un comentario|tu dirección de correo electrónico no será publicada|los campos obligatorios están marcados con|comenta|ver comentarios',
  pt: 'deixe um comentário|deixe uma resposta|cancelar resposta|o seu endereço de email não será publicado|o seu endereço de e-mail não será publicado|seu endereço de e-mail não será publicado|campos obrigatórios são marcados com|comente|ver comentários|deixe seu comentário',
  nl: 'laat een reactie achter|geef een reactie|reactie annuleren|je e-mailadres wordt niet gepubliceerd|reageer|vereiste velden zijn gemarkeerd met',
};

/**
 * A comment count used as a thread heading: "12 Comments", "3 commentaires", "1 thought on “…”".
 * Only whole short headings match, and only with a leading number, which article headings lack.
 */
export const COMMENT_COUNT =
  /^\d+ (comments?|responses?|replies|thoughts? on\b.*|commentaires?|réponses?|réactions?|kommentare?|antworten|commenti|risposte|comentarios?|respuestas|comentários?|respostas|reacties?|reactie)$/;

/**
 * Ad labels. Safe: an element whose entire text is "Publicité" or "Anzeige" is the label of an
 * ad slot; an article mentions these words inside sentences, never as a block of its own.
 */
export const AD_LABELS: LabelTable = {
  en: 'advertisement|advertising|ad|ads|sponsored|sponsored content|promoted|paid content|story continues below advertisement|article continues below advertisement|continue reading below|scroll to continue with content|advertisement - scroll to continue',
  fr: "publicité|pub|annonce|contenu sponsorisé|sponsorisé|la suite après la publicité|l'article continue après la publicité|publicité - la suite ci-dessous",
  de: 'anzeige|werbung|gesponsert|weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt',
  it: 'pubblicità|sponsorizzato|contenuto sponsorizzato',
  es: 'publicidad|anuncio|patrocinado|contenido patrocinado',
  pt: 'publicidade|anúncio|patrocinado|conteúdo patrocinado',
  nl: 'advertentie|gesponsord',
  pl: 'reklama|materiał sponsorowany',
  sv: 'annons',
  ja: '広告|スポンサーリンク',
};

/**
 * "Back to top" links. Safe: matched only on a link (or its lone parent) that jumps within the
 * page or has no target; a link to another page that happens to say "Top" is left alone.
 */
export const BACK_TO_TOP_LABELS: LabelTable = {
  en: 'back to top|to top|top|go to top|scroll to top|return to top|top of page|↑|▲',
  fr: 'retour en haut|haut de page|retour en haut de page|remonter|haut',
  de: 'nach oben|zurück nach oben|seitenanfang|zum seitenanfang',
  it: "torna su|torna all'inizio|inizio pagina",
  es: 'volver arriba|ir arriba|subir',
  pt: 'voltar ao topo|topo',
  nl: 'terug naar boven|naar boven',
};

/**
 * Headings of lists that point elsewhere on the site ("You may also like", "Recent posts") and
 * prev/next captions. Safe: the heading text must be exactly one of these AND the list under it
 * must be mostly links to other pages; an author's "Sources" or "Further reading" is not listed.
 */
export const ARTICLE_NAV_LABELS: LabelTable = {
  en: "you may also like|you might also like|related posts|related articles|related stories|recent posts|recent articles|latest posts|latest articles|popular posts|most popular|most read|read next|up next|more stories|more from this author|more articles|previous post|next post|previous article|next article|previous|next|post navigation|keep reading|recommended for you|trending now|don't miss|must read|more news|more on this story|related|related articles",
  fr: 'vous aimerez aussi|vous aimerez aussi lire|vous pourriez aimer|articles récents|derniers articles|articles similaires|articles liés|dans la même rubrique|les plus lus|à lire ensuite|article précédent|article suivant|précédent|suivant|navigation des articles|sur le même thème|à lire également|nos derniers articles|à ne pas manquer|ne manquez pas|à lire aussi|sur le même sujet',
  de: 'das könnte sie auch interessieren|ähnliche artikel|ähnliche beiträge|neueste beiträge|neueste artikel|meistgelesen|vorheriger artikel|nächster artikel|vorheriger beitrag|nächster beitrag|weitere artikel|mehr artikel|beitragsnavigation|nicht verpassen|mehr zum thema',
  it: 'ti potrebbe interessare|articoli correlati|articoli recenti|ultimi articoli|i più letti|articolo precedente|articolo successivo|potrebbe interessarti anche|da non perdere|leggi anche',
  es: 'te puede interesar|también te puede interesar|artículos relacionados|entradas recientes|artículos recientes|lo más leído|artículo anterior|artículo siguiente|entrada anterior|entrada siguiente|no te pierdas|lee también',
  pt: 'você também pode gostar|posts relacionados|artigos relacionados|posts recentes|artigos recentes|mais lidas|artigo anterior|próximo artigo|post anterior|próximo post|não perca|leia também|veja também',
  nl: 'dit vind je misschien ook leuk|gerelateerde artikelen|recente berichten|meest gelezen|vorig artikel|volgend artikel|vorige|volgende|niet te missen|lees ook|meer nieuws',
};

/**
 * Newsletter calls to action. A block is a newsletter box when its text starts with one of these
 * AND mentions a newsletter or email (see strip-newsletter-boxes.ts); the call alone is too common.
 */
export const NEWSLETTER_CALLS: LabelTable = {
  en: "subscribe|sign up|get our newsletter|join our newsletter|join our mailing list|never miss|don't miss|stay up to date|stay informed|enter your email",
  fr: "abonnez-vous|inscrivez-vous|recevez|ne manquez rien|restez informé|je m'abonne|je m'inscris",
  de: 'abonnieren sie|jetzt abonnieren|melden sie sich|newsletter abonnieren|verpassen sie nichts',
  it: 'iscriviti|abbonati|ricevi|non perderti',
  es: 'suscríbete|suscribete|regístrate|recibe|no te pierdas',
  pt: 'assine|inscreva-se|receba|não perca',
  nl: 'schrijf je in|abonneer|meld je aan|ontvang',
};

/**
 * Words that make a call to action a newsletter box: the thing being subscribed to. A bare
 * "email" is not enough ("Sign up with your email, then…" is a how-to step).
 */
export const NEWSLETTER_WORDS =
  /newsletter|inbox|mailing list|boîte (mail|de réception)|lettre d['’]information|posteingang|casella (di posta|email)|bandeja de entrada|caixa de entrada|nieuwsbrief|e-?mail (every|each|chaque|jeden)/i;

/**
 * Share-bar captions ("Partager :"). Only the whole text of a short block whose links all share,
 * so an article sentence about sharing is never a match.
 */
export const SHARE_LABELS: LabelTable = {
  en: 'share|share this|share this article|share this story|share this post|share on|share via|spread the word',
  fr: 'partager|partager cet article|partagez|partagez cet article|partager sur',
  de: 'teilen|artikel teilen|diesen artikel teilen|teilen auf',
  it: 'condividi|condividi questo articolo|condividi su',
  es: 'compartir|comparte|compartir en|comparte este artículo',
  pt: 'compartilhar|compartilhe|partilhar|partilhe',
  nl: 'delen|deel dit artikel|deel',
};

/**
 * Cookie-notice openings. A block is a notice only when its text starts with one of these and it
 * asks for consent (see strip-cookie-notices.ts); an article quoting a banner sits in a blockquote.
 */
export const COOKIE_OPENINGS =
  /^(we use cookies|this (web)?site uses cookies|our (web)?site uses cookies|by (continuing|using) (to use )?this (web)?site|nous utilisons des cookies|ce site utilise des cookies|en poursuivant votre navigation|wir verwenden cookies|diese website verwendet cookies|wir nutzen cookies|utilizziamo (i )?cookie|questo sito utilizza (i )?cookie|utilizamos cookies|usamos cookies|este sitio (web )?utiliza cookies|este site (usa|utiliza) cookies|wij gebruiken cookies|deze (web)?site gebruikt cookies)/i;

/** Lookup sets built once from the tables above. */
export const LABELS = {
  promo: labelSet(PROMO_LABELS),
  verbPromo: labelSet(VERB_PROMO_LABELS),
  content: labelSet(CONTENT_LABELS),
  comment: labelSet(COMMENT_LABELS),
  ad: labelSet(AD_LABELS),
  backToTop: labelSet(BACK_TO_TOP_LABELS),
  articleNav: labelSet(ARTICLE_NAV_LABELS),
  newsletterCall: labelSet(NEWSLETTER_CALLS),
  share: labelSet(SHARE_LABELS),
} as const;
