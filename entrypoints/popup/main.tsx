import { whenFirstPaintDone } from '../../lib/popup/first-paint';

// The popup's app loads once the article's first screen is painted (entrypoints/popup-paint.ts), at
// once when there is none to paint, and without it when the reading is slow (lib/popup/first-paint.ts):
// loading the app first held the popup's main thread while that screen was ready.
void whenFirstPaintDone()
  .then(() => import('./start-popup'))
  .catch((error: unknown) => {
    // The first screen, if painted, stays readable.
    console.error('Liseuse: the popup could not load', error);
  });
