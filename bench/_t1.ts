import { JSDOM, VirtualConsole } from 'jsdom';
import { readMetadata } from '../lib/extract/read-metadata';
import { markupMetadata } from '../lib/extract/markup-metadata';
import { readFileSync } from 'node:fs';
for (const p of process.argv.slice(2)) {
const dom = new JSDOM(readFileSync(`/work/shared/corpus/readability-test-pages/${p}/source.html`, 'utf8'), { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
console.log(p, markupMetadata.headings(dom.window.document), readMetadata(dom.window.document, 'http://fakehost/test/page.html').title);
}
