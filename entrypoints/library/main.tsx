import { render } from 'preact';
import { exposeLibraryTestHooks } from '../../lib/library-test-hooks';
import { t } from '../../lib/t';
import { App } from './App';
import '../../components/reading.css';

document.title = `${t('libraryHeading')} · Liseuse`;
exposeLibraryTestHooks();
render(<App />, document.getElementById('app')!);
