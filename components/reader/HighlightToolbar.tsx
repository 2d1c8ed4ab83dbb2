import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../lib/highlights/colours';
import { colourLabel } from '../../lib/reader/colour-labels';
import { t } from '../../lib/shared/i18n';
import { ColourSwatch } from './ColourSwatch';

/** Where the selection is, in page coordinates. */
export interface ToolbarPlace {
  top: number;
  left: number;
}

export type HighlightToolbarProps = {
  place: ToolbarPlace;
  onHighlight(colour: HighlightColour): void;
  onNote(): void;
};

/**
 * The small toolbar under a selection in the article: one button per colour, and "Note"
 * (highlight and write a note). Pressing a button must not clear the selection, hence
 * preventDefault on mousedown. Keyboard readers use `h` and `n` instead (announced in the
 * buttons' titles).
 */
export function HighlightToolbar({ place, onHighlight, onNote }: HighlightToolbarProps) {
  return (
    <div
      class="highlight-toolbar"
      role="toolbar"
      aria-label={t('highlightToolbar')}
      style={{ top: `${place.top}px`, left: `${place.left}px` }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          class="highlight-colour-button"
          title={t('highlightInColourKey', colourLabel(colour))}
          aria-label={t('highlightInColour', colourLabel(colour))}
          onClick={() => onHighlight(colour)}
        >
          <ColourSwatch colour={colour} />
        </button>
      ))}
      <button type="button" class="button" title={t('highlightWithNoteKey')} onClick={onNote}>
        {t('highlightWithNote')}
      </button>
    </div>
  );
}
