/**
 * URL of the largest candidate in a `srcset` value ("a.jpg 600w, b.jpg 1200w" → "b.jpg").
 * A candidate without a descriptor counts as 1x; returns null when the value holds no URL.
 */
export function pickLargestCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = 0;
  for (const { url, size } of parseSrcset(srcset)) {
    if (best === null || size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

interface Candidate {
  url: string;
  size: number;
}

/**
 * Splits on whitespace the way the HTML candidate parser does: a URL runs up to whitespace and
 * may itself contain commas (Cloudinary's "w_600,h_400"), a trailing comma ends a candidate.
 */
function parseSrcset(srcset: string): Candidate[] {
  const candidates: Candidate[] = [];
  let current: Candidate | null = null;
  // "a.jpg 600w,b.jpg 1200w" (no space after the comma) is valid too: give it its space back.
  for (const token of srcset
    .replace(/(\d[wx]),(?=\S)/g, '$1, ')
    .trim()
    .split(/\s+/)) {
    if (token.length === 0) continue;
    if (current === null) {
      const ended = token.endsWith(',');
      const url = ended ? token.replace(/,+$/, '') : token;
      if (url.length === 0) continue;
      current = { url, size: 1 };
      candidates.push(current);
      if (ended) current = null;
      continue;
    }
    const ended = token.endsWith(',');
    const descriptor = /^(\d+(?:\.\d+)?)([wx])/.exec(token);
    // Pages never mix widths and densities in one srcset, so one scale is enough to rank them.
    if (descriptor) current.size = Number(descriptor[1]);
    if (ended) current = null;
  }
  return candidates;
}
