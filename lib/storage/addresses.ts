import { openLibrary } from './database';

/**
 * Every address the Library knows (articles' canonical and tab addresses), read from the
 * indexes' keys alone, without loading a record: what an import's dry run checks its items
 * against ("K already in your Library").
 */
export async function listArticleAddresses(): Promise<Set<string>> {
  const tx = (await openLibrary()).transaction('articles');
  const addresses = new Set<string>();
  for (const index of ['by-url', 'by-page-url'] as const) {
    let cursor = await tx.store.index(index).openKeyCursor(null, 'nextunique');
    while (cursor) {
      addresses.add(String(cursor.key));
      cursor = await cursor.continue();
    }
  }
  return addresses;
}
