import { render } from 'preact';
import { App } from './App';
import { readActiveTab } from '../../lib/popup/read-active-tab';
import { applyUiLanguage } from '../../lib/shared/i18n';
import '../../components/article/reading.css';

// The reading the bootstrap took or started, asked for before the first render: the extraction
// overlaps the popup's start-up.
const reading = readActiveTab();
applyUiLanguage(document);
render(<App reading={reading} />, document.getElementById('app')!);
