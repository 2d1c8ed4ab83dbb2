import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryItem } from '../../lib/shared/library-item';
import { siteLabel } from '../../lib/library/library-view';
import { t } from '../../lib/shared/i18n';
import { Highlighted } from './Highlighted';

/** Height of one row in pixels; .library-row in library.css has the same. */
export const ROW_HEIGHT = 92;

const NO_TERMS: readonly string[] = [];

export type LibraryRowProps = {
  article: LibraryItem;
  index: number;
  href: string;
  newTab: boolean;
  active: boolean;
  selected: boolean;
  /** Folded words a search matched in this article, to highlight. */
  terms?: readonly string[];
  onSelect(id: string): void;
  onActivate(index: number): void;
  loadSnippet?(id: string, terms: readonly string[]): Promise<string | null>;
};

/** One saved article: title, site, saved date, reading time and progress, excerpt or matched passage. */
export function LibraryRow({
  article, index, href, newTab, active, selected, terms = NO_TERMS, onSelect, onActivate, loadSnippet,
}: LibraryRowProps) {
  const [snippet, setSnippet] = useState<string | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  // The keyboard's active row takes the focus, unless the reader is typing a search.
  useEffect(() => {
    if (active && document.activeElement?.tagName !== 'INPUT') link.current?.focus({ preventScroll: true });
  }, [active]);
  useEffect(() => {
    setSnippet(null);
    if (!loadSnippet || terms.length === 0) return;
    let live = true;
    loadSnippet(article.id, terms).then(
      (found) => live && setSnippet(found),
      (error: unknown) => console.warn('Liseuse: no snippet', error),
    );
    return () => {
      live = false;
    };
  }, [article.id, terms, loadSnippet]);

  const saved = new Date(article.savedAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  const percent = Math.round(article.progress * 100);
  const site = siteLabel(article);
  const titleId = `row-title-${article.id}`;
  return (
    <li
      class="library-row"
      data-id={article.id}
      data-active={active || undefined}
      aria-selected={selected}
      style={{ height: `${ROW_HEIGHT}px` }}
    >
      <input
        type="checkbox"
        class="library-row-check"
        checked={selected}
        aria-labelledby={titleId}
        onChange={() => onSelect(article.id)}
      />
      <div class="library-row-main">
        <a
          id={titleId}
          class="library-row-title"
          href={href}
          target={newTab ? '_blank' : undefined}
          rel={newTab ? 'noopener' : undefined}
          dir="auto"
          onFocus={() => onActivate(index)}
          ref={link}
        >
          {article.favorite && <span class="library-row-star" aria-label={t('libraryFavorite')}>★ </span>}
          <Highlighted text={article.title || t('untitled')} terms={terms} />
        </a>
        <p class="library-row-meta">
          <Highlighted text={site} terms={terms} />
          {' · '}
          <time dateTime={new Date(article.savedAt).toISOString()}>{saved}</time>
          {' · '}
          {t('readingTime', String(Math.max(1, article.readingMinutes)))}
          {article.progress > 0 && (
            <>
              {' · '}
              <span class="library-row-progress" title={t('libraryProgress', String(percent))}>
                <progress max={100} value={percent} aria-label={t('libraryProgress', String(percent))} />
              </span>
            </>
          )}
          {article.archived && <span class="library-row-badge">{t('libraryArchivedBadge')}</span>}
          {article.tags.map((tag) => (
            <span key={tag} class="library-row-tag">
              #<Highlighted text={tag} terms={terms} />
            </span>
          ))}
        </p>
        <p class="library-row-excerpt" dir="auto">
          <Highlighted text={snippet ?? article.excerpt ?? ''} terms={terms} />
        </p>
      </div>
    </li>
  );
}
