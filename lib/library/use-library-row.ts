import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A row's own effects: its link takes the focus when the row becomes the keyboard's active row
 * (unless the reader is typing a search), its lead-image thumbnail is read when it has one, and
 * the passage around the matched words is loaded while a search is typed.
 */
export function useLibraryRow(
  id: string,
  active: boolean,
  terms: readonly string[],
  loadSnippet?: (id: string, terms: readonly string[]) => Promise<string | null>,
  thumbnail?: { key: string | null; load(key: string): Promise<Blob | null> },
) {
  const [snippet, setSnippet] = useState<string | null>(null);
  const [image, setImage] = useState<Blob | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (active && document.activeElement?.tagName !== 'INPUT') link.current?.focus({ preventScroll: true });
  }, [active]);
  const thumbnailKey = thumbnail?.key ?? null;
  const loadThumbnail = thumbnail?.load;
  useEffect(() => {
    setImage(null);
    if (!thumbnailKey || !loadThumbnail) return;
    let live = true;
    loadThumbnail(thumbnailKey).then(
      (blob) => live && setImage(blob),
      (error: unknown) => console.warn('Liseuse: no thumbnail', error),
    );
    return () => {
      live = false;
    };
  }, [thumbnailKey, loadThumbnail]);
  useEffect(() => {
    setSnippet(null);
    if (!loadSnippet || terms.length === 0) return;
    let live = true;
    loadSnippet(id, terms).then(
      (found) => live && setSnippet(found),
      (error: unknown) => console.warn('Liseuse: no snippet', error),
    );
    return () => {
      live = false;
    };
  }, [id, terms, loadSnippet]);
  return { snippet, link, image };
}
