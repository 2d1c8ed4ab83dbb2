// Deterministic article text for anchoring tests and the benchmark: no randomness between runs,
// inline markup inside paragraphs (so quotes cross element boundaries), repeated sentences (so
// context must tell them apart), French punctuation with non-breaking spaces.

const WORDS = (
  'la lecture lente demande du temps et un lieu calme où les idées reposent avant de revenir ' +
  'chaque phrase garde sa place dans le texte quand la page change autour de elle sans prévenir ' +
  'les lecteurs soulignent un passage puis écrivent une note pour plus tard dans leur carnet'
).split(' ');

/** A pseudo-random but repeatable word sequence (a linear congruential generator). */
function words(seed: number, count: number): string[] {
  const out: string[] = [];
  let state = seed;
  for (let index = 0; index < count; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]);
  }
  return out;
}

/** The text of paragraph `index`: two sentences, the second sometimes shared with other paragraphs. */
export function paragraphText(index: number): string {
  const first = words(index + 1, 24).join(' ');
  const shared =
    index % 7 === 3
      ? 'Ce refrain revient plusieurs fois dans l’article\u00a0: il faut le distinguer.'
      : `Phrase numéro ${index} du texte.`;
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}. ${shared}`;
}

/** Paragraph `index` as HTML, with some inline markup splitting its text nodes. */
export function paragraphHtml(index: number, text = paragraphText(index)): string {
  const cut = text.indexOf(' ', 40);
  const cut2 = text.indexOf(' ', cut + 20);
  if (index % 3 === 0 && cut > 0 && cut2 > 0) {
    return `<p>${text.slice(0, cut)} <em>${text.slice(cut + 1, cut2)}</em>\n   ${text.slice(cut2 + 1)}</p>`;
  }
  if (index % 5 === 1) return `<h2>Partie ${index}</h2>\n<p>${text}</p>`;
  return `<p>${text}</p>`;
}

/** A whole article body of `count` paragraphs (about 200 characters each). */
export function articleHtml(
  count: number,
  edit: (index: number) => string | null = (index) => paragraphHtml(index),
): string {
  const parts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const html = edit(index);
    if (html !== null) parts.push(html);
  }
  return parts.join('\n');
}
