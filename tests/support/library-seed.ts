import type { SaveInput } from '../../lib/storage/schema';
import type { TestBrowser } from './test-browser';

/** Articles for the Library's real-browser tests: accents, another language, a long piece, RTL. */
export function libraryArticles(): SaveInput[] {
  // The last paragraph ends past the first 150 distinct words, which the in-memory index keeps
  // (MAX_TEXT_TERMS): only the full-text postings hold "salamandre".
  const glossary = `<p>${Array.from({ length: 200 }, (_, i) => `terme${i}`).join(' ')} Une salamandre dort sous la pierre.</p>`;
  const sections = Array.from(
    { length: 5 },
    (_, i) =>
      `<h2>Chapitre ${i + 1}</h2>${Array.from({ length: 8 }, () => `<p>${'Une longue phrase sur la lecture lente et attentive. '.repeat(10)}</p>`).join('')}${i === 4 ? glossary : ''}`,
  );
  const longText = sections.join(' ').replace(/<[^>]+>/g, ' ');
  const item = (url: string, title: string, text: string, more: Partial<SaveInput['extraction']> = {}): SaveInput => ({
    pageUrl: url,
    images: [],
    missingImageCount: 0,
    extraction: {
      url,
      title,
      byline: null,
      siteName: 'Le Journal',
      lang: 'fr',
      dir: 'ltr',
      publishedTime: null,
      leadImage: null,
      excerpt: text.slice(0, 120),
      wordCount: text.split(/\s+/).length,
      readingMinutes: 2,
      html: `<p>${text}</p>` as SaveInput['extraction']['html'],
      text,
      ...more,
    },
  });
  return [
    item(
      'https://journal.example/rentree',
      'La rentrée des élèves',
      'Les professeurs accueillent les lycéens ce matin.',
    ),
    item('https://garden.example/small', 'Gardening in small spaces', 'Tomatoes grow well on a sunny balcony.', {
      siteName: 'Garden Weekly',
      lang: 'en',
    }),
    item('https://journal.example/poules', 'Élever des poules en ville', 'Un poulailler sur le toit de l’immeuble.'),
    item('https://journal.example/hiver', 'Recettes d’hiver', 'Soupe de potiron et pain de campagne.'),
    item('https://akhbar.example/qiraa', 'مقال عن القراءة الهادئة', 'القراءة الهادئة مفيدة للجميع في كل يوم.', {
      lang: 'ar',
      dir: 'rtl',
      siteName: 'أخبار',
    }),
    {
      ...item('https://journal.example/long', 'Un très long essai', longText, { wordCount: 2200, readingMinutes: 10 }),
      extraction: {
        ...item('https://journal.example/long', 'Un très long essai', longText).extraction,
        wordCount: 2200,
        readingMinutes: 10,
        html: sections.join('') as SaveInput['extraction']['html'],
      },
    },
  ];
}

/** Saves `inputs` as the popup would, through the test page (scripts/test-page/); returns their ids by URL. */
export async function seedLibrary(ext: TestBrowser, inputs: SaveInput[]): Promise<Record<string, string>> {
  return ext.testPage.evaluate(async (list) => {
    const ids: Record<string, string> = {};
    for (const input of list) {
      // Playwright types the argument as serialized data; it is the SaveInput sent above.
      const saved = await globalThis.liseuseTest!.writeArticle(input as unknown as SaveInput);
      if (!saved.ok) throw new Error(saved.reason);
      ids[input.extraction.url] = saved.article.id;
    }
    return ids;
  }, inputs);
}
