import { labelSet } from './normalize-label';

/**
 * Visible words of boilerplate lines, one table per concern, each grouped by language, compared
 * after normalizeLabel (lower case, no accents). Each concern's step says how much of a block a
 * phrase must cover; every comment says why a match is safe for real content. Each language's
 * entries are one string separated by "|" (the compact form the page script carries).
 */
type PhraseTable = Readonly<Record<string, string>>;

/**
 * Social networks and the share actions sites write next to them ("Partager : Facebook X
 * Envoyer par e-mail", "Whatsapp Facebook Pint Baixar"). Safe: a block is a share bar only when
 * EVERY word of it is one of these or a share label, so a sentence about Facebook never is.
 */
export const SOCIAL_WORDS: PhraseTable = {
  networks:
    'facebook|fb|twitter|x|tweet|whatsapp|pinterest|pin|pint|pin it|linkedin|reddit|telegram|messenger|bluesky|threads|mastodon|flipboard|tumblr|xing|vk|line|pocket|instagram|youtube|tiktok|snapchat|email|e-mail|mail|sms|print|rss|copy link|link',
  en: 'share|share this|share on|tweet this|send by email|email this|copy the link|follow us|print this',
  fr: 'partager|partagez|partager sur|envoyer par e-mail|envoyer par email|envoyer|copier le lien|imprimer|suivez-nous|courriel|lien copie',
  de: 'teilen|teilen auf|per e-mail senden|per mail teilen|link kopieren|drucken|folgen sie uns',
  es: 'compartir|compartir en|enviar por correo|correo|copiar enlace|imprimir|siguenos',
  it: 'condividi|condividi su|invia per email|copia link|stampa|seguici',
  pt: 'compartilhar|compartilhe|partilhar|enviar por e-mail|copiar link|copiar|baixar|imprimir|siga-nos',
  nl: 'delen|deel|deel via|e-mailen|link kopieren|printen|volg ons',
};

/**
 * Hosts of social networks: a block whose links all lead there (profiles or share endpoints) and
 * whose text is network names is a follow/share bar. Safe for the same reason as SOCIAL_WORDS.
 */
export const SOCIAL_HOSTS =
  /(^|\.)(facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|t\.co|whatsapp\.com|wa\.me|pinterest\.[a-z.]+|linkedin\.com|reddit\.com|t\.me|telegram\.me|bsky\.app|threads\.net|mastodon\.social|flipboard\.com|tumblr\.com|xing\.com|vk\.com|instagram\.com|youtube\.com|tiktok\.com|line\.me|getpocket\.com)$/i;

/**
 * Labels that open a publication or update stamp ("PUBLISHED: 10:48, Tue, …", "Mis à jour le
 * 3 mars à 10h"). Safe: the rest of the block must be a date and nothing else (see
 * strip-datelines.ts), so "Updated guidance says…" is a sentence and stays.
 */
export const DATELINE_LABELS: PhraseTable = {
  en: 'published|updated|last updated|first published|posted|posted on|published on|updated on|updated at|published at|last modified|modified',
  fr: "publie|publie le|mis a jour|mis a jour le|modifie le|poste le|publie aujourd'hui",
  de: 'veroffentlicht|veroffentlicht am|aktualisiert|aktualisiert am|zuletzt aktualisiert|erstellt am|stand',
  es: 'publicado|publicado el|actualizado|actualizado el|ultima actualizacion',
  it: 'pubblicato|pubblicato il|aggiornato|aggiornato il|ultimo aggiornamento',
  pt: 'publicado|publicado em|atualizado|atualizado em|atualizado ha',
  nl: 'gepubliceerd|gepubliceerd op|bijgewerkt|bijgewerkt op|laatst bijgewerkt',
};

/** Words a byline starts with ("By X - 11/18/19"). Safe: the block must also end in a date and be short. */
export const BYLINE_WORDS: PhraseTable = {
  en: 'by',
  fr: 'par',
  de: 'von',
  es: 'por',
  it: 'di|a cura di',
  pt: 'por',
  nl: 'door',
};

/**
 * Words that may sit in a date ("Tue", "March", "à", "Uhr", "a las"): with digits and
 * punctuation, a block made only of these is a date or a time.
 */
export const DATE_WORDS: PhraseTable = {
  en: 'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday|am|pm|a.m|p.m|at|on|the|of|gmt|utc|bst|est|edt|cet|cest|pst|pdt|et|pt|ago|hours|hour|minutes|minute|today|yesterday|st|nd|rd|th',
  fr: "janvier|janv|fevrier|fevr|mars|avril|avr|mai|juin|juillet|juil|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|a|le|h|heures|il y a|min|aujourd'hui|hier|er",
  de: 'januar|jan|februar|feb|marz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|um|uhr|vor|stunden|minuten|heute|gestern',
  es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miercoles|jueves|viernes|sabado|domingo|de|del|el|a|las|la|hace|horas|hs|hoy|ayer',
  it: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|il|alle|ore|fa|oggi|ieri',
  pt: 'janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|sabado|domingo|de|em|as|ha|horas|hoje|ontem',
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|om|op|uur|geleden|vandaag|gisteren',
};

/**
 * Subscriber teasers ("Ce contenu est réservé aux abonnés"). Safe: the phrase must be most of a
 * short block; an article about paywalls says these words inside longer sentences.
 */
export const PAYWALL_PHRASES: PhraseTable = {
  en: 'this article is for subscribers only|this content is for subscribers only|subscribers only|subscriber exclusive|subscribe to continue reading|subscribe to read the full article|to continue reading, subscribe|already a subscriber',
  fr: 'ce contenu est reserve aux abonnes|cet article est reserve aux abonnes|article reserve aux abonnes|reserve aux abonnes|il vous reste|la suite est reservee aux abonnes|deja abonne',
  de: 'dieser artikel ist exklusiv fur abonnenten|nur fur abonnenten|exklusiv fur abonnenten|jetzt weiterlesen mit|bereits abonnent',
  es: 'contenido exclusivo para suscriptores|exclusivo para suscriptores|solo para suscriptores|ya eres suscriptor',
  it: 'contenuto riservato agli abbonati|riservato agli abbonati|articolo riservato agli abbonati|sei gia abbonato',
  pt: 'conteudo exclusivo para assinantes|exclusivo para assinantes|materia exclusiva para assinantes|ja e assinante',
  nl: 'alleen voor abonnees|dit artikel is alleen voor abonnees|exclusief voor abonnees|al abonnee',
};

/**
 * Comment-policy notices ("Os comentários não representam a opinião do site"). Safe: matched only
 * in a short block whose opening is the phrase, which an article's own text does not use.
 */
export const COMMENT_POLICY_PHRASES: PhraseTable = {
  en: 'comments are moderated|comments are subject to moderation|we welcome comments|please read our comment policy|comments do not represent|comments that violate',
  fr: 'les commentaires sont moderes|les commentaires ne refletent pas|charte de moderation|reagissez ou consultez',
  de: 'kommentare werden moderiert|die kommentare geben nicht|bitte beachten sie unsere netiquette',
  es: 'los comentarios son moderados|los comentarios no representan|normas de participacion',
  it: 'i commenti sono moderati|i commenti non rappresentano',
  pt: 'os comentarios nao representam a opiniao|os comentarios sao de responsabilidade|comentarios sao moderados|e proibido inserir comentarios|termos de uso',
  nl: 'reacties worden gemodereerd|reacties geven niet',
};

/**
 * Copyright and citation footers. Safe: only a short block that opens with © / "Copyright" near the
 * end of the article, or that states the rights reserved, or opens a citation ("Cite this article").
 */
export const COPYRIGHT_PHRASES: PhraseTable = {
  en: 'all rights reserved|cite this article|how to cite this article|cite as|reprints and permissions',
  fr: 'tous droits reserves|citer cet article|pour citer cet article|reproduction interdite',
  de: 'alle rechte vorbehalten|diesen artikel zitieren',
  es: 'todos los derechos reservados|como citar este articulo|citar este articulo',
  it: 'tutti i diritti riservati|riproduzione riservata|come citare questo articolo',
  pt: 'todos os direitos reservados|como citar este artigo|citar este artigo',
  nl: 'alle rechten voorbehouden|dit artikel citeren',
};

/**
 * Gallery counters ("Image 1 of 5", "Photo 2/10"). A RegExp, since the words sit around numbers.
 * Safe: it must be the whole text of an element.
 */
export const GALLERY_COUNTER =
  /^(?:(?:image|photo|picture|slide|bild|foto|imagen|imagem|immagine|afbeelding|diapositive)s?\s*)?\d{1,3}\s*(?:of|sur|de|von|di|van|\/|z)\s*\d{1,3}$/i;

/** Tag list captions ("Tags:", "Mots-clés :"). Safe: what follows must be links only. */
export const TAG_LABELS: PhraseTable = {
  en: 'tags|tagged|tagged with|topics|filed under|keywords|categories',
  fr: 'mots-cles|mots cles|tags|etiquettes|themes|sujets|classe dans',
  de: 'schlagworte|schlagworter|stichworte|themen|tags',
  es: 'etiquetas|temas|tags|archivado en',
  it: 'tag|etichette|argomenti|parole chiave',
  pt: 'tags|etiquetas|marcadores|assuntos|temas',
  nl: 'tags|trefwoorden|onderwerpen',
};

/**
 * Calls to action around a link ("READ MORE ON … BY CLICKING HERE", "cliquez ici"). Safe: only in a
 * short block that is nothing but the call and a link to another page of the same site.
 */
export const CALL_TO_ACTION =
  /\b(click(ing)? here|tap here|read more|read the full story|cliquez ici|cliquer ici|hier klicken|klicken sie hier|clicca qui|haz clic aqui|pulsa aqui|clique aqui|klik hier)\b/i;

/** Lookup sets built once from the tables above. */
export const PHRASES = {
  social: labelSet(SOCIAL_WORDS),
  dateline: labelSet(DATELINE_LABELS),
  bylineWord: labelSet(BYLINE_WORDS),
  dateWord: labelSet(DATE_WORDS),
  tagLabel: labelSet(TAG_LABELS),
} as const;

/** Every phrase of `table`, normalized (see normalizeLabel), for "contains" tests. */
export function phraseList(table: PhraseTable): string[] {
  return [...labelSet(table)];
}
