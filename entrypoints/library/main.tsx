import { render } from 'preact';
import { t } from '../../lib/shared/i18n';
import { App } from './App';
import '../../components/article/reading.css';

document.title = `${t('libraryHeading')} · Liseuse`;
render(<App />, document.getElementById('app')!);
