import { whenFirstPaintDone } from '../../lib/popup/first-paint';
// A <link> in popup.html's head, so the first screen painted before the app is styled as the app's view.
import '../../components/article/reading.css';

// The popup's app loads once the article's first screen is painted (entrypoints/popup-paint.ts), or
// at once when there is none to paint: loading it first held the popup's main thread while that screen was ready.
void whenFirstPaintDone().then(() => import('./start-popup'));
