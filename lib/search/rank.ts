/**
 * Ranking for the Library search: each query word matched somewhere in an article (title, site,
 * tags, the lead of its text, deeper in the text), weighted, every word required.
 */

/** One search result: the article id, its score, and the folded words it matched (to highlight). */
export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

/** How one query word matched one article: the best weight found and the indexed words it matched. */
export interface TermMatch {
  weight: number;
  words: string[];
}

/**
 * What a match is worth, by where it is. The title says most about an article, its tags and site
 * are the reader's own sorting, the lead (first 150 distinct words) is what the article is about,
 * a word deep in the text may be a passing mention.
 */
export const FIELD_WEIGHTS = { title: 3, tags: 2, site: 2, lead: 1, body: 0.5 } as const;

/** A word typed whole counts fully; a word it begins (still typing) a little less; a typo's neighbour half. */
export const MATCH_KINDS = { exact: 1, prefix: 0.8, fuzzy: 0.5 } as const;

/** Adds a match of one query word to an article, keeping the best weight and every matched word. */
export function addMatch(matches: Map<number, TermMatch>, article: number, weight: number, word: string): void {
  const found = matches.get(article);
  if (!found) {
    matches.set(article, { weight, words: [word] });
    return;
  }
  if (weight > found.weight) found.weight = weight;
  if (!found.words.includes(word)) found.words.push(word);
}

/**
 * The articles every query word matched (`perTerm[i]`: article position → match of word i), best
 * first; ties go to the newest save. `articles[position]` gives each one's id and save date.
 */
export function rankHits(
  articles: readonly { id: string; savedAt: number }[],
  perTerm: readonly ReadonlyMap<number, TermMatch>[],
): SearchHit[] {
  if (perTerm.length === 0) return [];
  // Start from the word with the fewest matches: the intersection is never larger.
  const [rarest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
  const hits: { position: number; hit: SearchHit }[] = [];
  for (const [position, first] of rarest!) {
    const article = articles[position];
    if (!article) continue;
    let score = first.weight;
    const words = new Set(first.words);
    let all = true;
    for (const matches of others) {
      const match = matches.get(position);
      if (!match) {
        all = false;
        break;
      }
      score += match.weight;
      match.words.forEach((word) => words.add(word));
    }
    if (all) hits.push({ position, hit: { id: article.id, score, terms: [...words] } });
  }
  hits.sort((a, b) => b.hit.score - a.hit.score || articles[b.position]!.savedAt - articles[a.position]!.savedAt);
  return hits.map(({ hit }) => hit);
}
