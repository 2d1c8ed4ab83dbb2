import { render } from 'preact';
import { exposeLibraryTestHooks } from '../../tests/support/library-test-hooks';
import { applyUiLanguage, t } from '../../lib/shared/i18n';
import { App } from './App';
import '../../components/article/reading.css';

applyUiLanguage(document);
document.title = `${t('libraryHeading')} · Liseuse`;
exposeLibraryTestHooks();
render(<App />, document.getElementById('app')!);
