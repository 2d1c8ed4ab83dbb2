/**
 * Pathological pages (issue 13): each is what a real site could send by accident or on purpose,
 * built here so that nothing large is committed. `{{ORIGIN}}` stands for the server that serves
 * them (their images live under `{{ORIGIN}}/img/`).
 */

/** One pathological page. */
export interface PathologicalPage {
  name: string;
  /** What it is, in words, for BENCHMARKS.md. */
  what: string;
  html: string;
}

const SENTENCE = 'Le lac était calme ce matin-là, et la brume se levait lentement au-dessus de l’eau. ';

function frame(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}</article></main></body></html>`;
}

/** A paragraph of about `bytes` bytes of prose, with one emphasis. */
function paragraph(bytes: number, index: number): string {
  const words = SENTENCE.repeat(Math.max(1, Math.round(bytes / SENTENCE.length)));
  return `<p>Paragraphe ${index} : <em>${words.slice(0, 40)}</em>${words.slice(40)}</p>`;
}

const INTRO = Array.from({ length: 6 }, (_, index) => paragraph(600, index)).join('');

/** The six pages the issue names, plus an ordinary article as the baseline. */
export function pathologicalPages(): PathologicalPage[] {
  return [
    {
      name: 'baseline-article',
      what: 'an ordinary article (12 paragraphs, 8 kB): the baseline',
      html: frame('Un article ordinaire', Array.from({ length: 12 }, (_, index) => paragraph(600, index)).join('')),
    },
    {
      name: '10-mb-page',
      what: 'a 10 MB article: 10,000 paragraphs of 1 kB (20,000 elements)',
      html: frame('Dix mégaoctets', Array.from({ length: 10_000 }, (_, index) => paragraph(1_000, index)).join('')),
    },
    {
      name: '100k-elements',
      what: '100,000 elements (short paragraphs of spans)',
      html: frame(
        'Cent mille éléments',
        INTRO +
          Array.from(
            { length: 20_000 },
            (_, index) => `<p><span>${index}</span> <span>a</span> <span>b</span> <span>c</span></p>`,
          ).join(''),
      ),
    },
    {
      name: 'nesting-5000',
      what: 'the article inside 5,000 nested divs',
      html: frame('Cinq mille niveaux', `${'<div>'.repeat(5_000)}${INTRO}${'</div>'.repeat(5_000)}`),
    },
    {
      name: '2000-images',
      what: '2,000 images in the article',
      html: frame(
        'Deux mille images',
        INTRO +
          Array.from(
            { length: 2_000 },
            (_, index) =>
              `<figure><img src="{{ORIGIN}}/img/${index}.png" alt="image ${index}" width="400" height="300"></figure>`,
          ).join('') +
          INTRO,
      ),
    },
    {
      name: '2-mb-text-node',
      what: 'a 2 MB text node, no paragraphs',
      html: frame('Deux mégaoctets de texte', SENTENCE.repeat(Math.round(2_000_000 / SENTENCE.length))),
    },
    {
      name: '50k-links',
      what: '50,000 links',
      html: frame(
        'Cinquante mille liens',
        INTRO +
          `<p>${Array.from({ length: 50_000 }, (_, index) => `<a href="/page/${index}">lien ${index}</a>`).join(' ')}</p>`,
      ),
    },
  ];
}
