/** How far down a page of `scrollHeight` the reader is, 0..1 (1 when the end is in view). */
export function progressAt(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / scrollable));
}

/** The scroll position that shows `progress` of a page again (the inverse of progressAt). */
export function scrollTopFor(progress: number, scrollHeight: number, viewportHeight: number): number {
  return Math.max(0, Math.round(progress * (scrollHeight - viewportHeight)));
}
