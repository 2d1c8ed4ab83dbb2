/** What a key press asks of the highlighter: `h` highlights the selection, `n` adds a note too. */
export type HighlightKeyAction = 'highlight' | 'highlight-with-note' | null;

/** Elements where typing is text, not a command. */
function isTextEntry(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.closest !== 'function') return false;
  return (
    element.isContentEditable ||
    element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
  );
}

/** The highlighter's action for a keydown, or null (other keys, modifiers, typing in a field). */
export function highlightKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target' | 'isComposing'>,
): HighlightKeyAction {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing || isTextEntry(event.target)) return null;
  if (event.key === 'h' || event.key === 'H') return 'highlight';
  if (event.key === 'n' || event.key === 'N') return 'highlight-with-note';
  return null;
}
