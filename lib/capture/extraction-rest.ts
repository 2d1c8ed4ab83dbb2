import type { ExtractionResult } from '../extract/types';

/**
 * Where the injected script (extract-page.ts) leaves the rest of an extraction in the page's
 * isolated world, which every script Liseuse injects into that frame shares.
 */
export const EXTRACTION_REST_KEY = 'liseuseExtractionRest';

/**
 * Run in the page by a second `scripting.executeScript` (as `func`, so its source is sent as is:
 * it must use nothing from outside itself): the rest of the extraction the first script started,
 * taken out of the page's world. executeScript waits for the promise.
 */
export function takeExtractionRest(): Promise<ExtractionResult> | ExtractionResult {
  const world = globalThis as { liseuseExtractionRest?: Promise<ExtractionResult> };
  const rest = world.liseuseExtractionRest;
  delete world.liseuseExtractionRest;
  return rest ?? { ok: false, reason: 'no-article', detail: 'the page changed before the rest of the article was read' };
}
