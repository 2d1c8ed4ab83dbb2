import { render } from 'preact';
import { applyUiLanguage, t } from '../../lib/shared/i18n';
import { App } from './App';
import '../../components/article/reading.css';

applyUiLanguage(document);
document.title = `${t('libraryHeading')} · Liseuse`;
render(<App />, document.getElementById('app')!);
