import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract';
import { readCorpus, CORPUS_URL } from '../tests/corpus/corpus-pages';
let n = 0, ok = 0;
for (const page of readCorpus()) {
  const exp = page.metadata.title?.replace(/\s+/g, ' ').trim();
  if (!exp) continue;
  n++;
  const dom = new JSDOM(page.source, { url: CORPUS_URL, virtualConsole: new VirtualConsole() });
  const r = extractArticle(dom.window.document, { url: CORPUS_URL });
  const got = r.ok ? r.extraction.title.replace(/\s+/g, ' ').trim() : `<${r.reason}>`;
  if (got === exp) ok++; else console.log(`${page.name}\n  exp: ${exp}\n  got: ${got}`);
  dom.window.close();
}
console.log(`${ok}/${n} = ${(100*ok/n).toFixed(1)}%`);
