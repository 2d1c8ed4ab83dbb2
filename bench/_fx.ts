import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '../lib/extract';
const root = 'tests/fixtures/pages';
const only = process.argv.slice(2);
for (const name of readdirSync(root).sort()) {
  if (only.length && !only.includes(name)) continue;
  const exp = JSON.parse(readFileSync(`${root}/${name}/expected.json`, 'utf8'));
  const dom = new JSDOM(readFileSync(`${root}/${name}/page.html`, 'utf8'), { url: exp.url, virtualConsole: new VirtualConsole() });
  const r = extractArticle(dom.window.document, { url: exp.url });
  if (!r.ok) { console.log(name, exp.noArticle ? 'OK(no article)' : `FAIL no article ${r.detail}`); continue; }
  if (exp.noArticle) { console.log(name, 'FAIL: article found', r.extraction.text.slice(0, 300)); continue; }
  const t = r.extraction.text;
  const missing = exp.mustContain.filter((x: string) => !t.includes(x));
  const left = exp.mustNotContain.filter((x: string) => t.includes(x));
  const titleBad = exp.title && r.extraction.title !== exp.title ? ` title=${r.extraction.title}` : '';
  const doubt = 'doubt' in exp && (exp.doubt ?? undefined) !== r.extraction.doubt ? ` doubt=${r.extraction.doubt}` : '';
  console.log(name, missing.length || left.length || titleBad || doubt ? `FAIL missing=${JSON.stringify(missing)} left=${JSON.stringify(left)}${titleBad}${doubt}` : 'ok');
  if (process.env.SHOW) console.log(t);
}
