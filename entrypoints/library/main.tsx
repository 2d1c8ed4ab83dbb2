// Stylesheets first: their order here is the order the build links them in (reading.css is the base).
import '../../components/article/reading.css';
import { render } from 'preact';
import { applyUiLanguage, t } from '../../lib/shared/i18n';
import { App } from './App';
import { ROW_HEIGHT } from '../../components/library/LibraryRow';
import { rowsInView } from '../../lib/library/virtual-window';
import { listFirstItems } from '../../lib/storage/library-items';

applyUiLanguage(document);
document.title = `${t('libraryHeading')} · Liseuse`;
// The first screen's rows are read before the first render, so the database opens meanwhile.
const firstScreen = listFirstItems(rowsInView(ROW_HEIGHT, window.innerHeight));
render(<App firstScreen={firstScreen} />, document.getElementById('app')!);
