import { render } from 'preact';
import { App } from './App';
import '../../components/reading.css';
import '../../components/options/options.css';

render(<App />, document.getElementById('app')!);
