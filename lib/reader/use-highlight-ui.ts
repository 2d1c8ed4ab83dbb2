import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColour } from '../highlights/colours';
import { highlightKeyAction } from './highlight-keys';
import { placeUnder, selectionRangeIn, type FloatingPlace } from './selection-in';
import type { HighlightsModel } from './use-highlights';

/** The highlight popover: which highlight, where, and whether the note field takes the focus. */
export interface EditorState {
  id: string;
  place: FloatingPlace;
  focusNote: boolean;
}

/** How the reader reaches highlights: the selection toolbar, the keys, clicks, the popover. */
export interface HighlightUi {
  /** Where the selection toolbar goes, or null when nothing is selected in the article. */
  toolbar: FloatingPlace | null;
  editor: EditorState | null;
  /** Highlights the selection (`h`, a colour button); with `withNote`, opens its note (`n`). */
  highlight(colour?: HighlightColour, withNote?: boolean): void;
  /** Scrolls to a highlight and opens its popover (a click on it, or the panel). */
  openEditor(id: string, focusNote?: boolean): void;
  closeEditor(): void;
}

/** Wires the reader's selection, keys and clicks to the highlights model. */
export function useHighlightUi(model: HighlightsModel): HighlightUi {
  const [toolbar, setToolbar] = useState<FloatingPlace | null>(null);
  const [editor, setEditor] = useState<EditorState | null>(null);
  // A highlight just made with `n`: its popover opens once it is painted (next render).
  const [opening, setOpening] = useState<{ id: string; focusNote: boolean } | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const editorOpen = useRef(false);
  editorOpen.current = editor !== null;
  const { painter } = model;
  const root = painter?.map().root ?? null;

  const openEditor = useCallback(
    (id: string, focusNote = false) => {
      const range = painter?.rangeOf(id);
      if (!range) return;
      returnFocus.current =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body
          ? document.activeElement
          : null;
      const rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) {
        window.scrollBy({ top: rect.top - window.innerHeight / 3 });
      }
      model.setFocused(id);
      setEditor({ id, place: placeUnder(range), focusNote });
    },
    [painter, model],
  );

  const closeEditor = useCallback(() => {
    void model.saveNotesNow();
    model.setFocused(null);
    setEditor(null);
    if (returnFocus.current?.isConnected) returnFocus.current.focus();
    returnFocus.current = null;
  }, [model]);

  const highlight = useCallback(
    (colour?: HighlightColour, withNote = false) => {
      const created = model.highlightSelection(colour);
      setToolbar(null);
      if (created && withNote) setOpening({ id: created.id, focusNote: true });
    },
    [model],
  );

  // Runs after useHighlights' own effects, which paint the new highlight: its range exists now.
  useEffect(() => {
    if (!opening || !model.placed.some((item) => item.id === opening.id)) return;
    setOpening(null);
    openEditor(opening.id, opening.focusNote);
  }, [opening, model.placed, openEditor]);

  useEffect(() => {
    if (!root) return undefined;
    let frame = 0;
    const onSelection = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const range = selectionRangeIn(root);
        setToolbar(range ? placeUnder(range) : null);
      });
    };
    const onKey = (event: KeyboardEvent) => {
      const action = highlightKeyAction(event);
      if (!action || !selectionRangeIn(root)) return;
      event.preventDefault();
      highlight(undefined, action === 'highlight-with-note');
    };
    const onClick = (event: Event) => {
      if (!(event instanceof MouseEvent)) return;
      if (!document.getSelection()?.isCollapsed) return;
      const id = painter?.hitTest(event.clientX, event.clientY);
      // A click on a highlight opens it; a click elsewhere in the text closes an open popover.
      if (id) openEditor(id);
      else if (editorOpen.current) closeEditor();
    };
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('keydown', onKey);
    root.addEventListener('click', onClick);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelection);
      document.removeEventListener('keydown', onKey);
      root.removeEventListener('click', onClick);
    };
  }, [root, painter, highlight, openEditor, closeEditor]);

  // A highlight deleted (or undone away) while its popover is open closes the popover.
  const editedExists = editor ? model.placed.some((item) => item.id === editor.id) : true;
  useEffect(() => {
    if (!editedExists) setEditor(null);
  }, [editedExists]);

  return { toolbar, editor, highlight, openEditor, closeEditor };
}
