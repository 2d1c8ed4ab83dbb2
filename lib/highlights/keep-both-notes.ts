/**
 * The text that keeps two versions of a note written apart (two tabs on the same article): the
 * lines both kept at the start and at the end once, and between them the lines only the stored
 * version has, then the lines only `ours` has. Nothing either side typed is dropped; a line edited
 * on both sides appears in both forms, for the reader to choose. Lines, not characters: a merge
 * inside a word would read as a typo.
 */
export function keepBothNotes(stored: string, ours: string): string {
  if (stored === ours) return stored;
  const theirLines = stored.split('\n');
  const ourLines = ours.split('\n');
  let head = 0;
  while (head < theirLines.length && head < ourLines.length && theirLines[head] === ourLines[head]) head += 1;
  let tail = 0;
  while (
    tail < theirLines.length - head &&
    tail < ourLines.length - head &&
    theirLines[theirLines.length - 1 - tail] === ourLines[ourLines.length - 1 - tail]
  )
    tail += 1;
  const theirsOnly = theirLines.slice(head, theirLines.length - tail);
  const oursOnly = ourLines.slice(head, ourLines.length - tail);
  return [...theirLines.slice(0, head), ...theirsOnly, ...oursOnly, ...theirLines.slice(theirLines.length - tail)].join(
    '\n',
  );
}

/** Whether every line of `text` is in `stored`, in the same order: keeping both would add nothing. */
export function holdsEveryLine(stored: string, text: string): boolean {
  const storedLines = stored.split('\n');
  let at = 0;
  for (const line of text.split('\n')) {
    while (at < storedLines.length && storedLines[at] !== line) at += 1;
    if (at === storedLines.length) return false;
    at += 1;
  }
  return true;
}
