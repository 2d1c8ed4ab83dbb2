import { render } from 'preact';
import { App } from './App';
import { readActiveTab } from '../../lib/popup/read-active-tab';
import { applyUiLanguage } from '../../lib/shared/i18n';

// The reading the bootstrap took or started, asked for before the first render.
const reading = readActiveTab();
applyUiLanguage(document);
render(<App reading={reading} />, document.getElementById('app')!);
