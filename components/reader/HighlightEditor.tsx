import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColour } from '../../lib/highlights/colours';
import type { Highlight } from '../../lib/highlights/highlight';
import { t } from '../../lib/shared/i18n';
import { ColourChoice } from './ColourChoice';
import type { ToolbarPlace } from './HighlightToolbar';

export type HighlightEditorProps = {
  highlight: Highlight;
  /** Changes when the highlights were read again from storage (another tab changed them). */
  revision?: number;
  place: ToolbarPlace;
  /** Put the focus in the note field (after `n`) rather than on the checked colour. */
  focusNote: boolean;
  onColour(colour: HighlightColour): void;
  onNote(text: string): void;
  onDelete(): void;
  onClose(): void;
};

/**
 * The popover of one highlight: its colour, its note, Delete. Non-modal (the article stays
 * readable); Escape or Done closes it, and the note is saved as it is typed.
 */
export function HighlightEditor({
  highlight,
  revision = 0,
  place,
  focusNote,
  onColour,
  onNote,
  onDelete,
  onClose,
}: HighlightEditorProps) {
  const panel = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState(highlight.note);

  // Another highlight opened in the same popover shows its note, and so does the note read again
  // after another tab changed it (read only when no edit here waits, so the field is not ahead).
  // Only then: while typing, the stored note trails the field by a render, and copying it back
  // would drop keystrokes.
  const shown = useRef({ id: highlight.id, revision });
  if (shown.current.id !== highlight.id || shown.current.revision !== revision) {
    shown.current = { id: highlight.id, revision };
    setNote(highlight.note);
  }
  useEffect(() => {
    const target = focusNote
      ? panel.current?.querySelector('textarea')
      : panel.current?.querySelector<HTMLInputElement>('input:checked');
    target?.focus();
  }, [highlight.id, focusNote]);

  return (
    <div
      ref={panel}
      class="highlight-editor"
      role="dialog"
      aria-label={t('highlightEditor')}
      style={{ top: `${place.top}px`, left: `${place.left}px` }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <ColourChoice name={`colour-${highlight.id}`} value={highlight.colour} onPick={onColour} />
      <label class="highlight-note-field">
        <span>{t('highlightNote')}</span>
        <textarea
          rows={3}
          value={note}
          onInput={(event) => {
            const text = event.currentTarget.value;
            setNote(text);
            onNote(text);
          }}
        />
      </label>
      <div class="highlight-editor-actions">
        <button type="button" class="button" onClick={onDelete}>
          {t('highlightDelete')}
        </button>
        <button type="button" class="button primary" onClick={onClose}>
          {t('highlightDone')}
        </button>
      </div>
    </div>
  );
}
