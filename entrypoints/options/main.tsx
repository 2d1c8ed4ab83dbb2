// Stylesheets first: their order here is the order the build links them in (reading.css is the base).
import '../../components/article/reading.css';
import '../../components/reader/reader.css';
import '../../components/options/options.css';
import { render } from 'preact';
import { writeNoteDrafts } from '../../lib/storage/note-drafts';
import { App } from './App';
import { applyUiLanguage, t } from '../../lib/shared/i18n';

applyUiLanguage(document);
document.title = `${t('optionsHeading')} · Liseuse`;
render(<App />, document.getElementById('app')!);
// Note edits a reader tab closed with are written now: this page may show, search or export them.
void writeNoteDrafts();
