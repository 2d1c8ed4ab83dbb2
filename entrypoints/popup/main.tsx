import { render } from 'preact';
import { App } from './App';
import '../../components/reading.css';

render(<App />, document.getElementById('app')!);
