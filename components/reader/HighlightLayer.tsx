import type { HighlightColour } from '../../lib/highlights/colours';
import type { Highlight } from '../../lib/highlights/highlight';
import type { FloatingPlace } from '../../lib/reader/selection-in';
import type { EditorState } from '../../lib/reader/use-highlight-ui';
import { UndoBar } from '../library/UndoBar';
import { HighlightEditor } from './HighlightEditor';
import { HighlightToolbar } from './HighlightToolbar';

export type HighlightLayerProps = {
  toolbar: FloatingPlace | null;
  editor: EditorState | null;
  /** The highlight the editor shows (looked up by the caller from `editor.id`). */
  edited: Highlight | null;
  /** Changes when the highlights were read again (another tab changed them): the editor shows the note read. */
  revision: number;
  message: string | null;
  undo: { message: string; run(): void } | null;
  /** Highlights the selection (in the last colour used when `colour` is undefined). */
  onHighlight(colour: HighlightColour | undefined, withNote: boolean): void;
  onColour(id: string, colour: HighlightColour): void;
  onNote(id: string, note: string): void;
  onDelete(id: string): void;
  onCloseEditor(): void;
  onDismissUndo(): void;
};

/** What floats over the article: the selection toolbar, a highlight's popover, Undo and announcements. */
export function HighlightLayer(props: HighlightLayerProps) {
  const { toolbar, editor, edited, message, undo } = props;
  return (
    <>
      {toolbar && !editor && (
        <HighlightToolbar
          place={toolbar}
          onHighlight={(colour) => props.onHighlight(colour, false)}
          onNote={() => props.onHighlight(undefined, true)}
        />
      )}
      {editor && edited && (
        <HighlightEditor
          highlight={edited}
          revision={props.revision}
          place={editor.place}
          focusNote={editor.focusNote}
          onColour={(colour) => props.onColour(edited.id, colour)}
          onNote={(note) => props.onNote(edited.id, note)}
          onDelete={() => props.onDelete(edited.id)}
          onClose={props.onCloseEditor}
        />
      )}
      {/* Announced politely to screen readers: "Highlight added", "Highlight deleted"… */}
      <p class="visually-hidden" role="status" aria-live="polite">
        {undo ? '' : (message ?? '')}
      </p>
      {undo && <UndoBar message={undo.message} onUndo={undo.run} onDismiss={props.onDismissUndo} />}
    </>
  );
}
