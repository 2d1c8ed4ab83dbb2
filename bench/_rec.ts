import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../lib/extract';
import { wordRecall } from '../tests/corpus/word-recall';
for (const name of process.argv.slice(2)) {
  const dir = `/work/shared/corpus/readability-test-pages/${name}`;
  const dom = new JSDOM(readFileSync(`${dir}/source.html`, 'utf8'), { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
  const r = extractArticle(dom.window.document, { url: 'http://fakehost/test/page.html' });
  const exp = new JSDOM(readFileSync(`${dir}/expected.html`, 'utf8')).window.document.body.textContent ?? '';
  const { recall, missing } = wordRecall(exp, r.ok ? r.extraction.text : '');
  console.log(name, recall.toFixed(3), r.ok ? r.extraction.title : r, missing.slice(0, 60).join(' '));
}
