import { render } from 'preact';
import { App } from './App';
import '../../components/reading.css';
import '../../components/reader/reader.css';

const id = new URLSearchParams(location.search).get('id');
render(<App id={id} />, document.getElementById('app')!);
