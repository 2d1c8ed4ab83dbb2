import { useEffect, useState } from 'preact/hooks';
import { listArticles, toDbFailure } from '../db';
import type { Reason } from '../errors';
import type { LibraryEntry } from '../../components/LibraryList';

/** Loads the Library (newest save first) once; `articles` is null while loading or after a failure. */
export function useLibrary(): { articles: LibraryEntry[] | null; failure: Reason | null } {
  const [articles, setArticles] = useState<LibraryEntry[] | null>(null);
  const [failure, setFailure] = useState<Reason | null>(null);
  useEffect(() => {
    let live = true;
    listArticles().then(
      (list) => live && setArticles(list),
      (error: unknown) => {
        console.error('Liseuse: could not list the library', error);
        if (live) setFailure(toDbFailure(error).reason);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { articles, failure };
}
