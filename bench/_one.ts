import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../lib/extract';
const [file, url = 'https://example.org/page'] = process.argv.slice(2);
const dom = new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
const r = extractArticle(dom.window.document, { url });
console.log(r.ok ? { title: r.extraction.title, doubt: r.extraction.doubt, text: r.extraction.text.slice(0, 3000) } : r);
