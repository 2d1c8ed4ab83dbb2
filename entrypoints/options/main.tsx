import { render } from 'preact';
import { App } from './App';
import { applyUiLanguage, t } from '../../lib/shared/i18n';
import '../../components/article/reading.css';
import '../../components/reader/reader.css';
import '../../components/options/options.css';

applyUiLanguage(document);
document.title = `${t('optionsHeading')} · Liseuse`;
render(<App />, document.getElementById('app')!);
