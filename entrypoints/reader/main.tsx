// Stylesheets first: their order here is the order the build links them in (reading.css is the base).
import '../../components/article/reading.css';
import '../../components/reader/reader.css';
import '../../components/reader/highlights.css';
import '../../components/common/export-dialog.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { libraryHref } from '../../lib/shared/extension-pages';
import { applyUiLanguage } from '../../lib/shared/i18n';

// The page's own words (toolbar, panel) are in the browser's language; the article sets its own.
document.documentElement.lang = browser.i18n.getUILanguage();

// The reader shows one saved article; without one, the reader belongs in the Library.
applyUiLanguage(document);
const id = new URLSearchParams(location.search).get('id');
if (id) render(<App id={id} />, document.getElementById('app')!);
else location.replace(libraryHref());
