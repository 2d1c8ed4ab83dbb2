import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { withClutterIndex } from '../lib/extract/clutter-dom';
import * as m1 from '../lib/extract/strip-comments';
import * as m2 from '../lib/extract/strip-cookie-notices';
import * as m3 from '../lib/extract/strip-newsletter-boxes';
import * as m4 from '../lib/extract/strip-share-bars';
import * as m5 from '../lib/extract/strip-social-links';
import * as m6 from '../lib/extract/strip-ads';
import * as m7 from '../lib/extract/strip-back-to-top';
import * as m8 from '../lib/extract/strip-boilerplate-lines';
import * as m9 from '../lib/extract/strip-tag-lists';
import * as m10 from '../lib/extract/strip-article-navigation';
import * as m11 from '../lib/extract/strip-inline-promos';
import * as m12 from '../lib/extract/strip-headline-links';
import * as m13 from '../lib/extract/strip-site-navigation';
import { rememberPageUrl } from '../lib/extract/clutter-links';
const name = process.argv[2] ?? 'wikipedia-2';
const dom = new JSDOM(readFileSync(`/work/shared/corpus/readability-test-pages/${name}/source.html`, 'utf8'), { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
const doc = dom.window.document.cloneNode(true) as Document;
rememberPageUrl(doc, 'http://fakehost/test/page.html');
const steps = [m1.stripComments, m2.stripCookieNotices, m3.stripNewsletterBoxes, m4.stripShareBars, m5.stripSocialLinks, m6.stripAds, m7.stripBackToTop, m8.stripBoilerplateLines, m9.stripTagLists, m10.stripArticleNavigation, m11.stripInlinePromos, m12.stripHeadlineLinks, m13.stripSiteNavigation];
withClutterIndex(doc.body, () => {
  for (const step of steps) { const t = performance.now(); step(doc.body); console.log(step.name, (performance.now() - t).toFixed(1)); }
});
