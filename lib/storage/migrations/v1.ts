import type { IDBPDatabase } from 'idb';
import type { LiseuseDB } from '../schema';

/**
 * Schema step 0 → 1: articles (unique by address), their bodies and their images, in separate
 * stores so that a list never loads a body or a Blob. Never edit once shipped.
 */
export function createV1(db: IDBPDatabase<LiseuseDB>): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('by-url', 'url', { unique: true });
  articles.createIndex('by-page-url', 'pageUrl');
  articles.createIndex('by-savedAt', 'savedAt');
  db.createObjectStore('bodies', { keyPath: 'articleId' });
  const images = db.createObjectStore('images', { keyPath: ['articleId', 'key'] });
  images.createIndex('by-article', 'articleId');
}
