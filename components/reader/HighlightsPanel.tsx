import type { Highlight } from '../../lib/highlights/highlight';
import { quoteOf } from '../../lib/highlights/highlight';
import { colourLabel } from '../../lib/reader/colour-labels';
import { t } from '../../lib/shared/i18n';
import { ArticleNoteField, type ArticleNoteFieldProps } from './ArticleNoteField';
import { ColourSwatch } from './ColourSwatch';

/** Longest quote shown in the panel; the whole passage is one click away in the article. */
const QUOTE_PREVIEW = 240;

const preview = (text: string) => (text.length > QUOTE_PREVIEW ? `${text.slice(0, QUOTE_PREVIEW).trimEnd()}…` : text);

export type HighlightsPanelProps = {
  /** Placed highlights in reading order. */
  placed: readonly Highlight[];
  /** Highlights whose words are no longer in the article: listed, never dropped. */
  orphans: readonly Highlight[];
  articleNote: string;
  /** Whether the stored note is read yet, or could not be: the field is read-only until it is. */
  articleNoteState: ArticleNoteFieldProps['state'];
  articleNoteKeptBoth?: boolean;
  /** True while text is selected in the article (an orphan can then be re-attached to it). */
  canReattach: boolean;
  onArticleNote(text: string): void;
  onSelect(id: string): void;
  onReattach(id: string): void;
  onDelete(id: string): void;
  onClose(): void;
};

/**
 * The side panel: the article's note, its highlights in reading order with their notes (each a
 * button that scrolls to the passage and opens it), and the orphans with a way to re-attach
 * them. A labelled complementary region, so screen readers announce it and can jump to it.
 */
export function HighlightsPanel(props: HighlightsPanelProps) {
  const { placed, orphans, canReattach } = props;
  return (
    <aside
      id="highlights-panel"
      class="highlights-panel"
      aria-labelledby="highlights-panel-heading"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || (event.target as Element).localName === 'textarea') return;
        event.stopPropagation();
        props.onClose();
      }}
    >
      <div class="highlights-panel-head">
        <h2 id="highlights-panel-heading">{t('highlightsPanel')}</h2>
        <button type="button" class="button link" aria-label={t('highlightsPanelClose')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <ArticleNoteField
        text={props.articleNote}
        state={props.articleNoteState}
        keptBoth={props.articleNoteKeptBoth}
        onChange={props.onArticleNote}
      />
      {placed.length === 0 && orphans.length === 0 && <p class="muted">{t('highlightsNone')}</p>}
      {placed.length > 0 && (
        <ol class="highlights-list" aria-label={t('highlightsInOrder')}>
          {placed.map((highlight) => (
            <li key={highlight.id}>
              <button type="button" class="highlight-item" onClick={() => props.onSelect(highlight.id)}>
                <ColourSwatch colour={highlight.colour} />
                <span class="visually-hidden">{t('highlightColourPrefix', colourLabel(highlight.colour))}</span>
                <q>{preview(quoteOf(highlight).exact)}</q>
              </button>
              {highlight.note && <p class="highlight-item-note">{highlight.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {orphans.length > 0 && (
        <section class="highlights-orphans" aria-labelledby="highlights-orphans-heading">
          <h3 id="highlights-orphans-heading">{t('highlightsOrphans')}</h3>
          <p class="muted">{t('highlightsOrphansHelp')}</p>
          <ul class="highlights-list">
            {orphans.map((highlight) => (
              <li key={highlight.id}>
                <p class="highlight-item orphan">
                  <ColourSwatch colour={highlight.colour} />
                  <q>{preview(quoteOf(highlight).exact)}</q>
                </p>
                {highlight.note && <p class="highlight-item-note">{highlight.note}</p>}
                <div class="highlight-item-actions">
                  <button
                    type="button"
                    class="button"
                    disabled={!canReattach}
                    onClick={() => props.onReattach(highlight.id)}
                  >
                    {t('highlightReattach')}
                  </button>
                  <button type="button" class="button link" onClick={() => props.onDelete(highlight.id)}>
                    {t('highlightDelete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
